package io.github.ipplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A path is written from the document down, keys as the errors show them, indexes from 0. */
class JsonPathTest {
  @Test
  void theDocument_isTheDollarSign() {
    assertThat(JsonPath.ROOT).hasToString("$");
    assertThat(JsonPath.of(null)).hasToString("$");
  }

  @Test
  void stepsAreWrittenInOrder_keysAfterADot_indexesInBrackets() {
    JsonPath path = JsonPath.ROOT.field("plans").index(0).field("measures").index(12);

    assertThat(path).hasToString("$.plans[0].measures[12]");
    assertThat(path.field("text")).hasToString("$.plans[0].measures[12].text");
    assertThat(JsonPath.ROOT.index(3).index(0)).hasToString("$[3][0]");
  }

  @Test
  void aKeyThatIsNotAPlainName_isQuoted() {
    assertThat(JsonPath.ROOT.field("a b").field("x")).hasToString("$['a b'].x");
  }

  @Test
  void aStepLeavesThePathItWasTakenFrom_asItWas() {
    JsonPath plans = JsonPath.ROOT.field("plans");

    plans.index(1);

    assertThat(plans).hasToString("$.plans");
  }

  /** The parser's path at each token of a document, in order. */
  private static List<String> pathsOf(String json) throws Exception {
    List<String> paths = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        paths.add(token + " " + JsonPath.of(p.getParsingContext()));
      }
    }
    return paths;
  }

  @Test
  void aParsersPath_namesTheFieldAndTheItemItIsIn_andAClosingTokenIsAtItsValue() throws Exception {
    assertThat(pathsOf("{\"plans\":[{\"id\":\"x\"},{\"title\":[]}],\"bodies\":1}"))
        .containsExactly(
            "START_OBJECT $",
            "FIELD_NAME $.plans",
            "START_ARRAY $.plans",
            "START_OBJECT $.plans[0]",
            "FIELD_NAME $.plans[0].id",
            "VALUE_STRING $.plans[0].id",
            "END_OBJECT $.plans[0]",
            "START_OBJECT $.plans[1]",
            "FIELD_NAME $.plans[1].title",
            "START_ARRAY $.plans[1].title",
            "END_ARRAY $.plans[1].title",
            "END_OBJECT $.plans[1]",
            "END_ARRAY $.plans",
            "FIELD_NAME $.bodies",
            "VALUE_NUMBER_INT $.bodies",
            "END_OBJECT $");
  }
}
