package io.github.ipplan.json;

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
