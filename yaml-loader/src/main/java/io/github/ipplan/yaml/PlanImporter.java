package io.github.ipplan.yaml;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ipplan.internal.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text copy of a published plan and writes a draft plan file in the YAML format
 * {@link PlanLoader} reads, with a report of what needs a person's eye.
 *
 * <pre>{@code
 * ImportResult result = PlanImporter.importFile(
 *     Path.of("national-2023.txt"), PlanImporter.Shape.NATIONAL_ANNUAL, "national-2023",
 *     LoadOptions.defaults().withRegistry(Path.of("my-agencies.yaml")));
 * Files.writeString(Path.of("national-2023.yaml"), result.yaml());
 * result.unknownBodies().forEach(body -> System.out.println(body.name() + " " + body.nearest()));
 * }</pre>
 *
 * <p>Two shapes are read:
 *
 * <ul>
 *   <li>{@link Shape#NATIONAL_ANNUAL}, the annual plans of the national strategy: an optional
 *       covering notice (title, 发布时间 line, addressees, paragraphs, signatory, seal, date), the
 *       document title, a preamble, parts {@code 一、} with sections {@code （一）}, numbered tasks that
 *       end in a responsibility clause such as {@code （市场监管总局、农业农村部、知识产权局负责）} or {@code
 *       （…按职责分工负责）}, and the sentence of the lead rule;
 *   <li>{@link Shape#FIVE_YEAR}, five-year plans shaped like Guangzhou's: chapters and sections
 *       with their prose, numbered measures whose first sentence is their title, projects printed
 *       {@code 项目1 title} and placed after the measure before them, and an indicator table
 *       flattened to one cell per line under a title line and its column names.
 * </ul>
 *
 * <p>Texts are kept as printed; line breaks (CRLF or LF), blank lines, indentation (spaces, U+3000,
 * no-break spaces), parentheses of either width in clauses and headings, numbers written {@code
 * 1.}, {@code 1．}, {@code 1、} or {@code 1 .}, and attribution lines some copies append ({@code
 * 出所：…}, {@code 来源：…}, a bare address) are taken apart from the text. Copies of any line shape are
 * read: items run together on one line are cut apart where a numbered item or a heading follows a
 * closing responsibility clause ({@code …（知识产权局负责） 2.推进…}), a part heading may print its numeral
 * without punctuation ({@code 一 完善知识产权制度}), and the pinyin some reposting sites print after
 * characters ({@code 發(fā)展(zhǎn)}) is taken out of the text; each of these is noted, and so is a
 * copy that prints numbered tasks of which no line starts with one. Every anomaly the importer
 * detects becomes a note on its element ending in {@code (source line N)}: numbering punctuation
 * unlike the rest, half-width spaces in Chinese text, traditional forms among simplified text, a
 * paragraph broken by a blank line (joined), numbers out of order or missing, a clause without 负责,
 * and lines the format has no place for. Names of bodies are resolved through the bundled registry
 * and the options' registries and written as printed; names none of them knows are listed in {@link
 * ImportResult#unknownBodies()} with the nearest known names.
 *
 * <p>Metadata the text does not print is left for the user and listed in {@link
 * ImportResult#metadata()}; the file is then checked by the loader, and {@link
 * ImportResult#errors()} says what still stops it from loading. Measures, headings and texts are
 * drafted; judgements the text leaves open (an indicator's bound and baseline, remarks on wording)
 * are not.
 *
 * <p>This class is thread-safe.
 */
public final class PlanImporter {
  private PlanImporter() {}

  /** The shape of a published plan. */
  public enum Shape {
    /** An annual plan of the national strategy: parts, sections, tasks with clauses. */
    NATIONAL_ANNUAL,
    /** A five-year plan: chapters, sections, titled measures, projects, an indicator table. */
    FIVE_YEAR
  }

  /**
   * Imports a plain-text file, read as strict UTF-8 (a byte order mark is skipped) and no further
   * than the options' size limit.
   *
   * @param file the text file
   * @param shape the plan's shape
   * @param planId the id to give the plan: lower-case words joined by hyphens
   * @param options the registries to resolve names through, and the limits
   * @return the plan file and the report
   * @throws IOException if the file or a registry cannot be read
   * @throws PlanLoadException if the text is not valid UTF-8, holds a character no plan text may
   *     hold, or breaks a limit, or a registry is not valid
   * @throws IllegalArgumentException if the plan id is not lower-case words joined by hyphens
   */
  public static ImportResult importFile(Path file, Shape shape, String planId, LoadOptions options)
      throws IOException {
    checkNotNull(file, "file");
    checkArguments(shape, planId, options);
    Loading.Source source = Loading.file(file, options);
    String text = YamlDocument.decode(source.name(), source.bytes());
    return run(source.name(), text, shape, planId, options);
  }

  /**
   * Imports a plain text.
   *
   * @param name the name to give the text in messages, such as its file name
   * @param text the text
   * @param shape the plan's shape
   * @param planId the id to give the plan: lower-case words joined by hyphens
   * @param options the registries to resolve names through, and the limits
   * @return the plan file and the report
   * @throws IOException if a registry cannot be read
   * @throws PlanLoadException if the text holds a character no plan text may hold or breaks a
   *     limit, or a registry is not valid
   * @throws IllegalArgumentException if the plan id is not lower-case words joined by hyphens
   */
  public static ImportResult importText(
      String name, String text, Shape shape, String planId, LoadOptions options)
      throws IOException {
    checkNotNull(name, "name");
    checkNotNull(text, "text");
    checkArguments(shape, planId, options);
    if (text.length() > options.maxBytes()) {
      throw new PlanLoadException(
          name,
          0,
          0,
          "$",
          "the text has more than the limit of " + options.maxBytes() + " characters",
          "");
    }
    return run(name, text, shape, planId, options);
  }

  private static void checkArguments(Shape shape, String planId, LoadOptions options) {
    checkNotNull(shape, "shape");
    checkNotNull(planId, "planId");
    checkNotNull(options, "options");
    checkArgument(
        Texts.isId(planId),
        "A plan id is lower-case words joined by hyphens, such as national-2023: %s",
        planId);
  }

  private static ImportResult run(
      String name, String text, Shape shape, String planId, LoadOptions options)
      throws IOException {
    List<Loading.Source> registries = new ArrayList<>();
    for (Path registry : options.registries()) {
      registries.add(Loading.file(registry, options));
    }
    Registry registry = Loading.registry(registries, options);
    LineShapes.Shaped lines = LineShapes.of(PrintedLines.of(name, text, options), shape);
    Importer importer = new Importer(shape, planId, registry, lines.lines());
    importer.lineNotes(lines.findings());
    String yaml = PlanWriter.dump(importer.read());
    List<PlanLoadException> errors =
        Loading.checkPlan(
            new Loading.Source(planId + ".yaml", yaml.getBytes(StandardCharsets.UTF_8), false),
            registry,
            options,
            PlanLoader.MAX_ERRORS_PER_FILE);
    return new ImportResult(
        yaml, importer.notes(), importer.unknownBodies(), importer.metadata(), errors);
  }
}
