package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ipplan.Agency;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.json.IpplanModule;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintStream;
import java.util.Optional;

/**
 * How do I hand the plans to a program that reads JSON? Writes the tasks a body leads as a JSON
 * array, in the form ipplan's Jackson module ({@link IpplanModule}) gives every domain value: id,
 * plan, number, text as printed, bodies with their roles.
 *
 * <p>Exit status: 0 when the body is found, 2 when no body has the name given.
 */
public final class LedTasksAsJson {
  private LedTasksAsJson() {}

  /**
   * Writes the tasks of the body named by the arguments (joined with spaces) to standard output.
   *
   * @param args the body's name, such as {@code 知识产权局} or {@code CNIPA}
   * @throws JsonProcessingException never: every domain value has a JSON form
   */
  public static void main(String[] args) throws JsonProcessingException {
    PrintStream out = new PrintStream(System.out, true, UTF_8);
    PrintStream err = new PrintStream(System.err, true, UTF_8);
    System.exit(run(BundledPlans.load(), String.join(" ", args).strip(), out, err));
  }

  static int run(PlanCatalog catalog, String name, PrintStream out, PrintStream err)
      throws JsonProcessingException {
    Optional<Agency> body = catalog.agency(name);
    if (body.isEmpty()) {
      err.println("No body is called '" + name + "'.");
      return 2;
    }
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new IpplanModule())
            .enable(SerializationFeature.INDENT_OUTPUT);
    out.println(mapper.writeValueAsString(catalog.measuresLedBy(body.get())));
    return 0;
  }
}
