package io.github.ipplan.yaml;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * <p>Lines a web page prints before the document (breadcrumbs, a headline, a news lead-in and its
 * numbered highlights, {@code 全文如下}) are skipped with a note; the covering notice is read from the
 * parts it prints, in the orders published copies use. Metadata the text does not print is left for
 * the user and listed in {@link ImportResult#metadata()}, or given by the user with {@link
 * Metadata}; the file is then checked by the loader, and {@link ImportResult#errors()} says what
 * still stops it from loading. Measures, headings and texts are drafted; judgements the text leaves
 * open (an indicator's bound and baseline, remarks on wording) are not.
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
    return importFile(file, shape, planId, options, Metadata.none());
  }

  /**
   * Imports a plain-text file, with metadata the user gives: each value given is written in place
   * of what the copy prints, with a note on the plan saying it is supplied by the user.
   *
   * @param file the text file
   * @param shape the plan's shape
   * @param planId the id to give the plan: lower-case words joined by hyphens
   * @param options the registries to resolve names through, and the limits
   * @param given the metadata to write whatever the copy prints
   * @return the plan file and the report
   * @throws IOException if the file or a registry cannot be read
   * @throws PlanLoadException if the text is not valid UTF-8, holds a character no plan text may
   *     hold, or breaks a limit, or a registry is not valid
   * @throws IllegalArgumentException if the plan id is not lower-case words joined by hyphens
   */
  public static ImportResult importFile(
      Path file, Shape shape, String planId, LoadOptions options, Metadata given)
      throws IOException {
    checkNotNull(file, "file");
    checkArguments(shape, planId, options);
    checkNotNull(given, "given");
    Loading.Source source = Loading.file(file, options);
    String text = YamlDocument.decode(source.name(), source.bytes());
    return run(source.name(), text, shape, planId, options, given);
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
    return importText(name, text, shape, planId, options, Metadata.none());
  }

  /**
   * Imports a plain text, with metadata the user gives: each value given is written in place of
   * what the copy prints, with a note on the plan saying it is supplied by the user.
   *
   * @param name the name to give the text in messages, such as its file name
   * @param text the text
   * @param shape the plan's shape
   * @param planId the id to give the plan: lower-case words joined by hyphens
   * @param options the registries to resolve names through, and the limits
   * @param given the metadata to write whatever the copy prints
   * @return the plan file and the report
   * @throws IOException if a registry cannot be read
   * @throws PlanLoadException if the text holds a character no plan text may hold or breaks a
   *     limit, or a registry is not valid
   * @throws IllegalArgumentException if the plan id is not lower-case words joined by hyphens
   */
  public static ImportResult importText(
      String name, String text, Shape shape, String planId, LoadOptions options, Metadata given)
      throws IOException {
    checkNotNull(given, "given");
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
    return run(name, text, shape, planId, options, given);
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

  /**
   * Metadata the user gives for an import, where the copy does not print it or prints it wrongly:
   * the title, the issuer (a body's name, resolved through the registries like a signatory), the
   * dates of issue and publication, and the document number. Each value given is written in place
   * of what the copy prints, with a note on the plan ("The issue date 2024-05-10 is supplied by the
   * user, not read from the copy.") and a metadata finding "supplied by the user". Immutable and
   * thread-safe.
   *
   * <pre>{@code
   * PlanImporter.Metadata given =
   *     PlanImporter.Metadata.none().withIssued(LocalDate.of(2024, 5, 10)).withIssuer("国家知识产权局");
   * }</pre>
   */
  public static final class Metadata {
    private static final Metadata NONE = new Metadata(null, null, null, null, null);

    private final String title;
    private final String issuer;
    private final LocalDate issued;
    private final LocalDate published;
    private final String documentNumber;

    private Metadata(
        String title, String issuer, LocalDate issued, LocalDate published, String documentNumber) {
      this.title = title;
      this.issuer = issuer;
      this.issued = issued;
      this.published = published;
      this.documentNumber = documentNumber;
    }

    /**
     * Returns metadata that gives nothing: everything is read from the copy.
     *
     * @return the empty metadata
     */
    public static Metadata none() {
      return NONE;
    }

    /**
     * Returns a copy that gives the plan's title.
     *
     * @param title the title, not blank
     * @return the new metadata
     * @throws IllegalArgumentException if the title is blank or holds a character no plan text may
     *     hold
     */
    public Metadata withTitle(String title) {
      return new Metadata(text(title, "title"), issuer, issued, published, documentNumber);
    }

    /**
     * Returns a copy that gives the issuer, by a body's name as the registries know it.
     *
     * @param issuer the name of the body, not blank
     * @return the new metadata
     * @throws IllegalArgumentException if the name is blank or holds a character no plan text may
     *     hold
     */
    public Metadata withIssuer(String issuer) {
      return new Metadata(title, text(issuer, "issuer"), issued, published, documentNumber);
    }

    /**
     * Returns a copy that gives the date of issue.
     *
     * @param issued the date
     * @return the new metadata
     */
    public Metadata withIssued(LocalDate issued) {
      checkNotNull(issued, "issued");
      return new Metadata(title, issuer, issued, published, documentNumber);
    }

    /**
     * Returns a copy that gives the date of publication.
     *
     * @param published the date
     * @return the new metadata
     */
    public Metadata withPublished(LocalDate published) {
      checkNotNull(published, "published");
      return new Metadata(title, issuer, issued, published, documentNumber);
    }

    /**
     * Returns a copy that gives the document number, such as {@code 国知联办〔2024〕6号}.
     *
     * @param documentNumber the number, not blank
     * @return the new metadata
     * @throws IllegalArgumentException if the number is blank or holds a character no plan text may
     *     hold
     */
    public Metadata withDocumentNumber(String documentNumber) {
      return new Metadata(
          title, issuer, issued, published, text(documentNumber, "document number"));
    }

    /**
     * Returns the title given.
     *
     * @return the title, or empty where the copy's is read
     */
    public Optional<String> title() {
      return Optional.ofNullable(title);
    }

    /**
     * Returns the issuer given.
     *
     * @return the body's name, or empty where the copy's signatory is read
     */
    public Optional<String> issuer() {
      return Optional.ofNullable(issuer);
    }

    /**
     * Returns the date of issue given.
     *
     * @return the date, or empty where the copy's is read
     */
    public Optional<LocalDate> issued() {
      return Optional.ofNullable(issued);
    }

    /**
     * Returns the date of publication given.
     *
     * @return the date, or empty where the copy's is read
     */
    public Optional<LocalDate> published() {
      return Optional.ofNullable(published);
    }

    /**
     * Returns the document number given.
     *
     * @return the number, or empty where the copy's is read
     */
    public Optional<String> documentNumber() {
      return Optional.ofNullable(documentNumber);
    }

    private static String text(String value, String what) {
      checkNotNull(value, what);
      checkArgument(!value.isBlank(), "The %s given is blank", what);
      checkArgument(
          Texts.firstForbidden(value) < 0,
          "The %s given holds a character no plan text may hold: %s",
          what,
          Quote.of(value));
      return value.strip();
    }
  }

  private static ImportResult run(
      String name, String text, Shape shape, String planId, LoadOptions options, Metadata given)
      throws IOException {
    List<Loading.Source> registries = new ArrayList<>();
    for (Path registry : options.registries()) {
      registries.add(Loading.file(registry, options));
    }
    Registry registry = Loading.registry(registries, options);
    // The stages of the import: the printed lines, reshaped (items run together cut apart, pinyin
    // glosses taken out), then the Importer's stages from front matter to draft, then the YAML.
    LineShapes.Shaped lines = LineShapes.of(PrintedLines.of(name, text, options), shape);
    Importer importer = new Importer(shape, planId, registry, lines.lines(), given, name, options);
    importer.lineNotes(lines.findings());
    String yaml = PlanWriter.write(importer.read());
    List<PlanLoadException> errors =
        Loading.checkPlan(
            new Loading.Source(planId + ".yaml", yaml.getBytes(StandardCharsets.UTF_8), false),
            registry,
            options,
            PlanLoader.MAX_ERRORS_PER_FILE);
    ImportReport report = importer.report();
    return new ImportResult(
        yaml, report.notes(), report.unknownBodies(), report.metadata(), errors);
  }
}
