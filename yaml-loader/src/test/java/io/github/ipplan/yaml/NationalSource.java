package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's copy of the national plan's source text, parsed independently of the YAML
 * transcription so tests can compare the two.
 */
final class NationalSource {
  private static final Pattern TASK = Pattern.compile("(\\d+)\\s*[.．]\\s*(.*)", Pattern.DOTALL);
  private static final Pattern CLAUSE =
      Pattern.compile("(.*)（([^（）]+?)(按职责分工负责|负责)）", Pattern.DOTALL);
  private static final Pattern PART = Pattern.compile("([一二三四五六七八九十]+)、(.+)");
  private static final Pattern SECTION = Pattern.compile("（([一二三四五六七八九十]+)）(.+)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

  /** One task as printed: number, text, bodies, the clause's closing words, its headings. */
  record Task(
      int number, String text, List<String> bodies, String verb, String part, String section) {}

  /** One part heading with its section headings, as {@code 一 标题}. */
  record Part(String numeral, String title, List<String> sections) {}

  final ImmutableList<String> paragraphs;
  final String title;
  final String published;
  final String issued;
  final ImmutableList<String> addressees;
  final String leadRule;
  final String url;
  final ImmutableList<Task> tasks;
  final ImmutableList<Part> parts;

  private NationalSource(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text.split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    this.paragraphs = ImmutableList.copyOf(paragraphs);
    this.title =
        paragraphs.stream()
            .filter(p -> p.equals("知识产权强国建设纲要和“十四五”规划实施年度推进计划"))
            .findFirst()
            .orElseThrow();
    this.published =
        paragraphs.stream()
            .filter(p -> p.startsWith("发布时间："))
            .findFirst()
            .orElseThrow()
            .substring("发布时间：".length());
    Matcher date =
        paragraphs.stream().map(DATE::matcher).filter(Matcher::matches).findFirst().orElseThrow();
    this.issued =
        String.format(
            "%s-%02d-%02d",
            date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
    String addresseeLine =
        paragraphs.stream().filter(p -> p.endsWith("：")).findFirst().orElseThrow();
    this.addressees =
        ImmutableList.copyOf(addresseeLine.substring(0, addresseeLine.length() - 1).split("、"));
    this.leadRule = paragraphs.stream().filter(p -> p.contains("牵头部门")).findFirst().orElseThrow();
    this.url =
        paragraphs
            .get(paragraphs.size() - 1)
            .lines()
            .filter(line -> line.startsWith("http"))
            .findFirst()
            .orElseThrow();

    List<Task> tasks = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    String part = null;
    String section = null;
    int start = paragraphs.indexOf(title) + 2;
    for (int i = start; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      Matcher task = TASK.matcher(paragraph);
      Matcher partHeading = PART.matcher(paragraph);
      Matcher sectionHeading = SECTION.matcher(paragraph);
      if (task.matches()) {
        String body = task.group(2);
        // A task whose clause has not closed continues in the next paragraph (a page break).
        while (!CLAUSE.matcher(body).matches()) {
          body = body + paragraphs.get(++i);
        }
        Matcher clause = CLAUSE.matcher(body);
        clause.matches();
        tasks.add(
            new Task(
                Integer.parseInt(task.group(1)),
                clause.group(1),
                List.of(clause.group(2).split("、")),
                clause.group(3),
                part,
                section));
      } else if (partHeading.matches()) {
        part = partHeading.group(1) + " " + partHeading.group(2);
        section = null;
        parts.add(new Part(partHeading.group(1), partHeading.group(2), new ArrayList<>()));
      } else if (sectionHeading.matches()) {
        section = sectionHeading.group(1) + " " + sectionHeading.group(2);
        parts.get(parts.size() - 1).sections().add(section);
      } else if (paragraph.equals(leadRule)) {
        break;
      } else {
        throw new IllegalStateException("Unrecognised paragraph in the plan body: " + paragraph);
      }
    }
    this.tasks = ImmutableList.copyOf(tasks);
    this.parts = ImmutableList.copyOf(parts);
  }

  static NationalSource load() {
    return new NationalSource(SourceText.read("national-annual-plan-2021-2022.txt"));
  }
}
