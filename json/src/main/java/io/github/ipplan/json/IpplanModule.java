package io.github.ipplan.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ipplan.Agency;
import io.github.ipplan.Baseline;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.Responsibility;
import io.github.ipplan.SearchHit;
import io.github.ipplan.TextSpan;
import java.io.InputStream;

/**
 * A Jackson module for ipplan's JSON form, the form the README's "JSON export" documents.
 *
 * <p>Registered on an {@code ObjectMapper}, it writes every domain value: a {@link PlanCatalog} as
 * {@code {"bodies": [...], "plans": [...]}}, and each {@link Plan}, {@link Agency}, {@link
 * Heading}, {@link Measure}, {@link Responsibility}, {@link Project}, {@link Indicator}, {@link
 * IndicatorTable}, {@link Notice}, {@link Baseline}, {@link SearchHit} and {@link TextSpan} as one
 * object. Fields come in a fixed order; absent values and empty lists are left out; a body
 * elsewhere than in the catalog's {@code bodies} is written as its id. Lists of values, such as
 * {@code catalog.measuresLedBy(cnipa)}, are written as arrays of these objects.
 *
 * <p>It reads a whole catalog document back into a {@link PlanCatalog} equal to the one written:
 * equal plans and bodies. Reading is strict: an unknown field, a null, a body id that no body has,
 * or a value the domain refuses fails with a {@code JsonMappingException} whose message begins with
 * the path at fault, such as {@code $.plans[0].measures[3].responsibilities[0].body}. Single values
 * other than a catalog are not read: a measure names its bodies by id, and only the catalog holds
 * them.
 *
 * <p>A catalog document is read token by token within limits, and refused at the first token past
 * one, before anything is built from it: at most 32 objects and lists deep (the document counting
 * one), 65,536 characters in a string or a key, and in a number written out in plain digits ({@code
 * 1e999999999} is refused), 400,000 values (objects, lists, keys, strings, numbers, booleans and
 * nulls), and 16 MiB (characters, for a document read from text). These follow the YAML loader's
 * defaults; a catalog of the largest plan the loader loads is well within them. Reading also
 * refuses what the loader refuses, in its words: {@code NaN} and {@code Infinity} (read by a
 * lenient mapper), text holding a control character other than tab and line feed, a noncharacter or
 * a lone surrogate, blank text, a date not written {@code yyyy-mm-dd}, and a plan {@code source}
 * other than an {@code http} or {@code https} address. The mapper's parser reads a string or key
 * whole before the module sees it; a mapper built on {@link #readConstraints()} stops the parser
 * itself at these limits.
 *
 * <p>The form's JSON Schema (2020-12) ships in the jar; see {@link #schema()}.
 *
 * <p>The module holds no state once built: one instance may be registered on any number of mappers,
 * and the mappers used from any number of threads.
 */
public final class IpplanModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * The name of the JSON Schema resource, beside this class: {@value}. Read it with {@link
   * #schema()}, which works on the module path too.
   */
  public static final String SCHEMA_RESOURCE = "ipplan.schema.json";

  /** Creates the module, with a writer for every domain type and a reader for catalogs. */
  public IpplanModule() {
    super("ipplan", Version.unknownVersion());
    addSerializer(new TreeSerializer<>(PlanCatalog.class, JsonForm::catalog));
    addSerializer(new TreeSerializer<>(Plan.class, JsonForm::plan));
    addSerializer(new TreeSerializer<>(Agency.class, JsonForm::agency));
    addSerializer(new TreeSerializer<>(Heading.class, JsonForm::heading));
    addSerializer(new TreeSerializer<>(Measure.class, JsonForm::measure));
    addSerializer(new TreeSerializer<>(Responsibility.class, JsonForm::responsibility));
    addSerializer(new TreeSerializer<>(Project.class, JsonForm::project));
    addSerializer(new TreeSerializer<>(Indicator.class, JsonForm::indicator));
    addSerializer(new TreeSerializer<>(IndicatorTable.class, JsonForm::indicatorTable));
    addSerializer(new TreeSerializer<>(Notice.class, JsonForm::notice));
    addSerializer(new TreeSerializer<>(Baseline.class, JsonForm::baseline));
    addSerializer(new TreeSerializer<>(SearchHit.class, JsonForm::searchHit));
    addSerializer(new TreeSerializer<>(TextSpan.class, JsonForm::textSpan));
    addDeserializer(PlanCatalog.class, new CatalogDeserializer());
  }

  /**
   * Returns Jackson read constraints that hold the parser itself to the limits a catalog is read
   * within: the document's length, nesting, and the length of strings and keys (numbers keep
   * Jackson's default limit). Reading untrusted catalogs, build the mapper on them, {@code new
   * ObjectMapper(JsonFactory.builder().streamReadConstraints(IpplanModule.readConstraints())
   * .build())}, so that a string or a document past a limit is not read whole; the parser then
   * refuses it with a {@code StreamConstraintsException}.
   *
   * @return the constraints
   */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
        .maxNestingDepth(Limits.MAX_DEPTH)
        .maxStringLength(Limits.MAX_VALUE_LENGTH)
        .maxNameLength(Limits.MAX_VALUE_LENGTH)
        .build();
  }

  /**
   * Opens the JSON Schema (2020-12) of the form: a catalog document at its root, and each domain
   * type as the definition named after it in {@code $defs} ({@code #/$defs/measure}, {@code
   * #/$defs/agency}, ...).
   *
   * @return the schema as UTF-8 JSON; the caller closes it
   */
  public static InputStream schema() {
    InputStream in = IpplanModule.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the jar");
    }
    return in;
  }
}
