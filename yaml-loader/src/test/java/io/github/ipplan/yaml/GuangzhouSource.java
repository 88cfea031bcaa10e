package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's copy of the Guangzhou plan's source text, parsed independently of the YAML
 * transcription so tests can compare the two.
 */
final class GuangzhouSource {
  private static final Pattern CHAPTER = Pattern.compile("([一二三四五六七八九十]+)、(.+)");
  private static final Pattern SECTION = Pattern.compile("\\(([一二三四五六七八九十]+)\\)(.+)");
  private static final Pattern MEASURE = Pattern.compile("(\\d+)\\.([^。]+)。(.+)", Pattern.DOTALL);
  private static final Pattern PROJECT = Pattern.compile("项目(\\d+) (.+)");

  /** A measure as printed: number, short title, the rest of its paragraph, its headings. */
  record Measure(int number, String title, String text, String chapter, String section) {}

  /** A project as printed, with the measure printed just before it. */
  record Project(
      int number,
      String title,
      List<String> paragraphs,
      String chapter,
      String section,
      int follows) {}

  /** One row of the indicator table: the three cells as printed. */
  record Row(String nameAndUnit, String value, String source) {}

  final String text;
  final ImmutableList<String> paragraphs;
  final ImmutableList<String> chapters;
  final ImmutableList<String> sections;
  final ImmutableList<Measure> measures;
  final ImmutableList<Project> projects;
  final ImmutableList<Row> rows;
  final String tableTitle;

  /** The paragraphs of the goals (主要目标), between their heading and the indicator table. */
  final ImmutableList<String> goals;

  private GuangzhouSource(String text) {
    this.text = text;
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      // The copy indents with spaces and, once, no-break spaces: layout, not text.
      String paragraph = line.replaceAll("^[\\s\\u00a0]+|[\\s\\u00a0]+$", "");
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    this.paragraphs = ImmutableList.copyOf(paragraphs);

    int header = paragraphs.indexOf("数据来源");
    this.tableTitle = paragraphs.get(header - 3);
    List<Row> rows = new ArrayList<>();
    for (int i = header + 1; !CHAPTER.matcher(paragraphs.get(i)).matches(); i += 3) {
      rows.add(new Row(paragraphs.get(i), paragraphs.get(i + 1), paragraphs.get(i + 2)));
    }
    this.rows = ImmutableList.copyOf(rows);
    this.goals = this.paragraphs.subList(paragraphs.indexOf("(三)主要目标") + 1, header - 3);

    List<String> chapters = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    String chapter = null;
    String section = null;
    List<String> projectParagraphs = null;
    for (String paragraph : paragraphs.subList(paragraphs.indexOf("一、规划背景"), paragraphs.size())) {
      Matcher c = CHAPTER.matcher(paragraph);
      Matcher s = SECTION.matcher(paragraph);
      Matcher m = MEASURE.matcher(paragraph);
      Matcher p = PROJECT.matcher(paragraph);
      if (c.matches()) {
        chapter = c.group(1) + " " + c.group(2);
        chapters.add(chapter);
        projectParagraphs = null;
      } else if (s.matches()) {
        section = s.group(1) + " " + s.group(2);
        sections.add(chapter + " / " + section);
        projectParagraphs = null;
      } else if (m.matches() && Integer.parseInt(m.group(1)) == measures.size() + 1) {
        measures.add(new Measure(measures.size() + 1, m.group(2), m.group(3), chapter, section));
        projectParagraphs = null;
      } else if (p.matches()) {
        projectParagraphs = new ArrayList<>();
        projects.add(
            new Project(
                Integer.parseInt(p.group(1)),
                p.group(2),
                projectParagraphs,
                chapter,
                section,
                measures.size()));
      } else if (projectParagraphs != null) {
        projectParagraphs.add(paragraph);
      }
    }
    this.chapters = ImmutableList.copyOf(chapters);
    this.sections = ImmutableList.copyOf(sections);
    this.measures = ImmutableList.copyOf(measures);
    this.projects = ImmutableList.copyOf(projects);
  }

  static GuangzhouSource load() {
    return new GuangzhouSource(SourceText.read("guangzhou-ip-plan-2021-2025-draft.txt"));
  }
}
