package io.github.ipplan.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The packaged jar's {@code mcp} as an MCP client runs it: a subprocess spoken to over standard
 * input and output with the SDK's own client.
 */
class McpServerIT {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static McpSyncClient client;

  @BeforeAll
  static void start() {
    JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
    ServerParameters server =
        ServerParameters.builder(JAVA).args("-jar", "target/ipplan.jar", "mcp").build();
    client =
        McpClient.sync(new SerialSends(new StdioClientTransport(server, json)))
            .requestTimeout(Duration.ofSeconds(120))
            .initializationTimeout(Duration.ofSeconds(120))
            .jsonSchemaValidator(new NoOutputSchemas())
            .build();
    McpSchema.InitializeResult initialized = client.initialize();
    assertThat(initialized.serverInfo().name()).isEqualTo("ipplan");
  }

  @AfterAll
  static void stop() {
    client.closeGracefully();
  }

  private static CallToolResult call(String tool, Map<String, Object> arguments) {
    return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
  }

  private static McpSchema.ReadResourceRequest read(String uri) {
    return McpSchema.ReadResourceRequest.builder(uri).build();
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  @Test
  void listsTheElevenToolsEachWithAnInputSchema() {
    List<McpSchema.Tool> tools = client.listTools().tools();
    assertThat(tools)
        .extracting(McpSchema.Tool::name)
        .containsExactly(
            "plans",
            "bodies",
            "body",
            "leads",
            "participates",
            "involves",
            "measure",
            "project",
            "search",
            "indicators",
            "collaborations");
    McpSchema.Tool leads = tools.get(3);
    assertThat(leads.inputSchema()).containsEntry("required", List.of("body"));
    assertThat(((Map<?, ?>) leads.inputSchema().get("properties")).keySet().toString())
        .isEqualTo("[body, plan]");
  }

  @Test
  void leadsByEachNameOfCnipaAnswersTheThirtySixNationalTaskIds() {
    List<String> expected =
        ToolsTest.NATIONAL_CNIPA_LEADS.stream()
            .map(n -> "national-2021-2022/measure/" + n)
            .toList();
    for (String name : List.of("知识产权局", "国知局", "ＣＮＩＰＡ")) {
      CallToolResult result = call("leads", Map.of("body", name, "plan", "national-2021-2022"));
      assertThat(result.isError()).isFalse();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tasks =
          (List<Map<String, Object>>)
              ((Map<String, Object>) result.structuredContent()).get("tasks");
      assertThat(tasks)
          .extracting(task -> task.get("id"))
          .as(name)
          .containsExactlyElementsOf(expected);
      assertThat(text(result))
          .startsWith(
              "知识产权局 (国家知识产权局) leads 36 tasks in national-2021-2022: "
                  + String.join(", ", expected)
                  + "\n");
    }
  }

  /** One good and one bad call of every tool. */
  private static final List<Object[]> CALLS =
      List.of(
          new Object[] {"plans", Map.of(), false},
          new Object[] {"plans", Map.of("plan", "x"), true},
          new Object[] {"bodies", Map.of("plan", "guangzhou-2021-2025"), false},
          new Object[] {"bodies", Map.of("plan", "guangzhou"), true},
          new Object[] {"body", Map.of("body", "CNIPA"), false},
          new Object[] {"body", Map.of("body", "知识产权"), true},
          new Object[] {"leads", Map.of("body", "知识产权局"), false},
          new Object[] {"leads", Map.of(), true},
          new Object[] {"participates", Map.of("body", "国家知识产权局"), false},
          new Object[] {"participates", Map.of("body", 3), true},
          new Object[] {"involves", Map.of("body", "CNIPA", "plan", "national-2021-2022"), false},
          new Object[] {"involves", Map.of("body", "CNIPA", "plan", "n"), true},
          new Object[] {"measure", Map.of("plan", "national-2021-2022", "number", 18), false},
          new Object[] {"measure", Map.of("plan", "national-2021-2022", "number", 116), true},
          new Object[] {"project", Map.of("plan", "guangzhou-2021-2025", "number", 1), false},
          new Object[] {"project", Map.of("plan", "guangzhou-2021-2025", "number", 0), true},
          new Object[] {"search", Map.of("query", "商业秘密"), false},
          new Object[] {"search", Map.of("query", ""), true},
          new Object[] {"indicators", Map.of("plan", "guangzhou-2021-2025"), false},
          new Object[] {"indicators", Map.of("source", "不存在的机构"), true},
          new Object[] {"collaborations", Map.of("body", "知识产权局"), false},
          new Object[] {"collaborations", Map.of("other", "x"), true});

  @Test
  @SuppressWarnings("unchecked")
  void everyToolAnswersGoodArgumentsAndGivesAToolErrorForBadOnes() {
    for (Object[] c : CALLS) {
      CallToolResult result = call((String) c[0], (Map<String, Object>) c[1]);
      assertThat(result.isError()).as(c[0] + " " + c[1]).isEqualTo(c[2]);
      assertThat(text(result)).as(c[0] + " " + c[1]).isNotBlank();
      if (!(Boolean) c[2]) {
        assertThat(result.structuredContent()).as(c[0] + " " + c[1]).isInstanceOf(Map.class);
      }
    }
    assertThat(text(call("body", Map.of("body", "知识产权"))))
        .startsWith("No body is called '知识产权'. Nearest names: ");
  }

  @Test
  void anUnknownToolIsAProtocolError() {
    assertThatThrownBy(() -> call("lead", Map.of("body", "知识产权局"))).isInstanceOf(McpError.class);
  }

  @Test
  void everyPlanIsReadableAsTextAndAsJson() {
    List<McpSchema.Resource> resources = client.listResources().resources();
    assertThat(resources)
        .extracting(McpSchema.Resource::uri)
        .containsExactlyInAnyOrder(
            "ipplan://plans/national-2021-2022.txt",
            "ipplan://plans/national-2021-2022.json",
            "ipplan://plans/guangzhou-2021-2025.txt",
            "ipplan://plans/guangzhou-2021-2025.json");
    for (McpSchema.Resource resource : resources) {
      TextResourceContents contents =
          (TextResourceContents) client.readResource(read(resource.uri())).contents().get(0);
      assertThat(contents.uri()).isEqualTo(resource.uri());
      assertThat(contents.mimeType()).isEqualTo(resource.mimeType());
      if (resource.uri().endsWith(".txt")) {
        assertThat(contents.text()).isNotBlank();
      } else {
        assertThat(contents.text()).startsWith("{").contains("\"measures\"");
      }
    }
    String national =
        ((TextResourceContents)
                client
                    .readResource(read("ipplan://plans/national-2021-2022.txt"))
                    .contents()
                    .get(0))
            .text();
    assertThat(national).contains("18. 探索推进外观设计制度改革。（知识产权局负责）");
    assertThatThrownBy(() -> client.readResource(read("ipplan://plans/x.txt")))
        .isInstanceOf(McpError.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoHundredCallsFromEightThreadsAnswerAsOneThreadDoes() throws Exception {
    List<CallToolResult> sequential = new ArrayList<>();
    for (Object[] c : CALLS) {
      sequential.add(call((String) c[0], (Map<String, Object>) c[1]));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<CallToolResult>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Object[] c = CALLS.get(i % CALLS.size());
        answers.add(threads.submit(() -> call((String) c[0], (Map<String, Object>) c[1])));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(answers.get(i).get())
            .as("call " + i)
            .isEqualTo(sequential.get(i % CALLS.size()));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * The SDK's stdio client transport fails a message sent while another thread sends one ("Failed
   * to enqueue message"); its sends are made one at a time here, as they go down one pipe anyway.
   * The server still has many calls in flight at once.
   */
  private static final class SerialSends implements McpClientTransport {
    private final McpClientTransport transport;

    SerialSends(McpClientTransport transport) {
      this.transport = transport;
    }

    @Override
    public Mono<Void> connect(
        Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
      return transport.connect(handler);
    }

    @Override
    public synchronized Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
      return transport.sendMessage(message);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return transport.closeGracefully();
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
      return transport.unmarshalFrom(data, typeRef);
    }
  }

  /** The server declares no output schemas; the client has nothing to validate. */
  private static final class NoOutputSchemas implements JsonSchemaValidator {
    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
      return ValidationResponse.asValid(null);
    }
  }
}
