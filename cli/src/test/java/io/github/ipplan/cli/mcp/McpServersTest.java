package io.github.ipplan.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A tool call before, after and without the catalog: it waits for the load, or says why not. */
class McpServersTest {
  private static final McpSchema.CallToolRequest MEASURE =
      McpSchema.CallToolRequest.builder("measure")
          .arguments(Map.of("plan", "national-2021-2022", "number", 18))
          .build();

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  @Test
  void aCallMadeWhileThePlansLoadIsAnsweredOnceTheyAre() throws Exception {
    CompletableFuture<PlanCatalog> catalog = new CompletableFuture<>();
    CompletableFuture<CallToolResult> call =
        CompletableFuture.supplyAsync(() -> McpServers.call(catalog, MEASURE));
    Thread.sleep(100);
    assertThat(call).isNotDone();
    catalog.complete(BundledPlans.load());
    CallToolResult result = call.get(60, TimeUnit.SECONDS);
    assertThat(result.isError()).isFalse();
    assertThat(text(result))
        .startsWith(
            "[national-2021-2022/measure/18]\nnational-2021-2022 measure 18\n  探索推进外观设计制度改革。");
  }

  @Test
  void aCallWhenThePlansCannotBeLoadedIsAToolErrorSayingWhy() {
    CompletableFuture<PlanCatalog> catalog = new CompletableFuture<>();
    catalog.completeExceptionally(
        new IllegalStateException("mine.yaml:3:5: unknown key 'titel', at $; hint: title"));
    CallToolResult result = McpServers.call(catalog, MEASURE);
    assertThat(result.isError()).isTrue();
    assertThat(text(result))
        .isEqualTo(
            "The plans cannot be loaded: mine.yaml:3:5: unknown key 'titel', at $; hint: title");
  }

  @Test
  void theReasonOfAFailedLoadIsItsCausesMessageOrItsName() {
    assertThat(McpServers.notLoaded(new CompletionException(new IllegalStateException("why"))))
        .isEqualTo("The plans cannot be loaded: why");
    assertThat(McpServers.notLoaded(new CompletionException(new IllegalStateException())))
        .isEqualTo("The plans cannot be loaded: IllegalStateException");
    assertThat(McpServers.notLoaded(new IllegalStateException("direct")))
        .isEqualTo("The plans cannot be loaded: direct");
  }

  @Test
  void anUnknownToolIsAToolError() {
    CompletableFuture<PlanCatalog> catalog = CompletableFuture.completedFuture(BundledPlans.load());
    CallToolResult result =
        McpServers.call(
            catalog, McpSchema.CallToolRequest.builder("everything").arguments(Map.of()).build());
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).isEqualTo("There is no tool called 'everything'.");
  }
}
