package io.github.ipplan.json;

import static io.github.ipplan.json.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bad catalog documents fail with a JsonMappingException that names the path at fault. */
class ReadErrorsTest {
  private static final ObjectNode GOOD = MAPPER.valueToTree(BundledPlans.load());

  private static void assertFails(Consumer<ObjectNode> damage, String message) {
    ObjectNode document = GOOD.deepCopy();
    damage.accept(document);
    assertFails(document.toString(), message);
  }

  private static void assertFails(String json, String message) {
    assertThatThrownBy(() -> MAPPER.readValue(json, PlanCatalog.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(message);
  }

  private static ObjectNode plan(ObjectNode document, int index) {
    return (ObjectNode) document.get("plans").get(index);
  }

  private static ObjectNode measure(ObjectNode document, int plan, int index) {
    return (ObjectNode) plan(document, plan).get("measures").get(index);
  }

  private static ObjectNode lead(ObjectNode document) {
    return (ObjectNode) measure(document, 0, 0).get("responsibilities").get(0);
  }

  private static ObjectNode body(ObjectNode document, int index) {
    return (ObjectNode) document.get("bodies").get(index);
  }

  private static ObjectNode indicator(ObjectNode document) {
    return (ObjectNode) plan(document, 1).get("indicators").get(0);
  }

  private static ObjectNode project(ObjectNode document) {
    return (ObjectNode) plan(document, 1).get("projects").get(0);
  }

  @Test
  void aBodysDerivedFields_mustAgreeWithIt() {
    String id = GOOD.get("bodies").get(0).get("id").asText();
    String name = GOOD.get("bodies").get(0).get("name").asText();
    boolean publicBody = GOOD.get("bodies").get(0).get("publicBody").asBoolean();
    assertFails(
        document -> body(document, 0).put("name", "别名"),
        "$.bodies[0].name: is '别名' but must be '" + name + "'");
    assertFails(
        document -> body(document, 0).put("publicBody", !publicBody),
        "$.bodies[0].publicBody: must be " + publicBody + " for this body");
    assertFails(
        document -> body(document, 0).put("englishNameDescriptive", "no"),
        "$.bodies[0].englishNameDescriptive: must be true or false, not the string \"no\"");
    assertFails(
        document -> body(document, 0).put("englishName", 7),
        "$.bodies[0].englishName: must be a string, not 7");
    assertFails(
        document -> body(document, 0).putArray("printedNames").add(1),
        "$.bodies[0].printedNames[0]: must be a string, not 1");
    assertFails(
        document -> body(document, 0).put("aliases", "x"),
        "$.bodies[0].aliases: must be a list of strings, not the string \"x\"");
    assertThat(id).isNotEmpty();
  }

  @Test
  void aValueOfAnotherPlan_isRefused() {
    assertFails(
        document -> measure(document, 0, 0).put("plan", "guangzhou-2021-2025"),
        "$.plans[0].measures[0].plan: is 'guangzhou-2021-2025' but must be 'national-2021-2022'");
    assertFails(
        document -> project(document).put("plan", "national-2021-2022"),
        "$.plans[1].projects[0].plan: is 'national-2021-2022' but must be 'guangzhou-2021-2025'");
    assertFails(
        document -> indicator(document).put("plan", "national-2021-2022"),
        "$.plans[1].indicators[0].plan: is 'national-2021-2022' but must be 'guangzhou-2021-2025'");
  }

  @Test
  void anIdThatDisagrees_isRefused() {
    assertFails(
        document -> project(document).put("id", "guangzhou-2021-2025/project/9"),
        "$.plans[1].projects[0].id: is 'guangzhou-2021-2025/project/9' but must be"
            + " 'guangzhou-2021-2025/project/1'");
    assertFails(
        document -> indicator(document).put("id", "guangzhou-2021-2025/indicator/9"),
        "$.plans[1].indicators[0].id: is 'guangzhou-2021-2025/indicator/9' but must be"
            + " 'guangzhou-2021-2025/indicator/1'");
  }

  @Test
  void aTargetThatIsNotANumber_isRefused() {
    assertFails(
        document -> indicator(document).put("target", "160"),
        "$.plans[1].indicators[0].target: must be a number, not the string \"160\"");
  }

  @Test
  void openEnded_isTrueOrLeftOut() {
    assertFails(
        document -> measure(document, 0, 0).put("openEnded", false),
        "$.plans[0].measures[0].openEnded: is either true or left out");
  }

  @Test
  void anUnknownAddressee_isNamedWithItsPath() {
    assertFails(
        document -> ((ArrayNode) plan(document, 0).get("addressees")).set(2, "nobody"),
        "$.plans[0].addressees[2]: no body has the id 'nobody'");
  }

  @Test
  void aListThatIsNotAList_isRefused() {
    assertFails(
        document -> plan(document, 0).put("measures", "none"),
        "$.plans[0].measures: must be a list, not the string \"none\"");
    assertFails(
        document -> ((ArrayNode) plan(document, 0).get("measures")).set(0, 1),
        "$.plans[0].measures[0]: must be an object, not 1");
  }

  @Test
  void anUnknownBody_isNamedWithItsPath() {
    assertFails(
        document -> lead(document).put("body", "no-such-body"),
        "$.plans[0].measures[0].responsibilities[0].body: no body has the id 'no-such-body'");
  }

  @Test
  void anUnknownIssuer_isNamedWithItsPath() {
    assertFails(
        document -> plan(document, 1).put("issuer", "nobody"),
        "$.plans[1].issuer: no body has the id 'nobody'");
  }

  @Test
  void aMissingField_isNamed() {
    assertFails(
        document -> measure(document, 0, 2).remove("text"),
        "$.plans[0].measures[2].text: is required");
    assertFails("{\"plans\": []}", "$.bodies: is required");
  }

  @Test
  void anUnknownField_isNamed() {
    assertFails(
        document -> measure(document, 0, 0).put("colour", "red"),
        "$.plans[0].measures[0].colour: is not a field here");
  }

  @Test
  void aNull_isRefused() {
    assertFails(
        document -> measure(document, 0, 0).putNull("title"),
        "$.plans[0].measures[0].title: is null");
  }

  @Test
  void aWrongType_isNamed() {
    assertFails(
        document -> measure(document, 0, 0).put("number", "one"),
        "$.plans[0].measures[0].number: must be a whole number, not the string \"one\"");
    assertFails("[]", "$: must be an object, not a list");
  }

  @Test
  void anUnknownWord_listsTheWords() {
    assertFails(
        document -> plan(document, 0).put("status", "repealed"),
        "$.plans[0].status: is 'repealed'; it must be one of in-force, draft-for-comment");
  }

  @Test
  void aWrongRoleOrPosition_isRefused() {
    assertFails(
        document -> lead(document).put("role", "participant"),
        "$.plans[0].measures[0].responsibilities[0].role: must be 'lead'");
    assertFails(
        document -> lead(document).put("position", 2),
        "$.plans[0].measures[0].responsibilities[0].position: must be 1");
  }

  @Test
  void aDerivedFieldThatDisagrees_isRefused() {
    assertFails(
        document -> measure(document, 0, 0).put("id", "national-2021-2022/measure/2"),
        "$.plans[0].measures[0].id: is 'national-2021-2022/measure/2' but must be"
            + " 'national-2021-2022/measure/1'");
  }

  @Test
  void anUnknownHeading_isNamed() {
    assertFails(
        document -> ((ArrayNode) measure(document, 0, 0).get("headings")).set(1, "九 不存在"),
        "$.plans[0].measures[0].headings[1]: no heading '九 不存在'");
  }

  @Test
  void aBodyGivenTwice_isRefused() {
    assertFails(
        document -> ((ArrayNode) document.get("bodies")).add(document.get("bodies").get(0)),
        "body '" + GOOD.get("bodies").get(0).get("id").asText() + "' is given twice");
  }

  @Test
  void aFieldGivenTwice_isRefused() {
    assertFails("{\"bodies\": [], \"bodies\": [], \"plans\": []}", "field 'bodies' is given twice");
  }

  @Test
  void whatTheDomainRefuses_isReportedAtItsPath() {
    assertFails(
        document -> lead(document).put("printedName", "国家发展改革委"), "$.plans[0].measures[0]: ");
    assertFails(
        document -> plan(document, 0).put("issued", "2021-13-01"),
        "$.plans[0].issued: must be a date");
  }
}
