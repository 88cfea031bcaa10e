package io.github.ipplan.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The failure that ends a command, and the reasons it gives for a file that cannot be used. */
class FailureTest {
  @Test
  void aFailure_carriesItsExitCodeAndMessage() {
    Failure failure = new Failure(ExitCode.USAGE, "Missing plan file.");

    assertThat(failure.code()).isEqualTo(ExitCode.USAGE);
    assertThat(failure.getMessage()).isEqualTo("Missing plan file.");
  }

  @Test
  void notFound_endsWithExitCodeThree() {
    Failure failure = Failure.notFound("No plan is called 'x'.");

    assertThat(failure.code()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(failure.code().code()).isEqualTo(3);
    assertThat(failure.getMessage()).isEqualTo("No plan is called 'x'.");
  }

  @Test
  void reason_ofAMissingFile_namesItAndSaysSo() {
    assertThat(Failure.reason(new NoSuchFileException("/no/such/dir/x.json")))
        .isEqualTo("/no/such/dir/x.json: no such file or directory");
    assertThat(Failure.cannotRead(new NoSuchFileException("plan.yaml")))
        .isEqualTo("Cannot read plan.yaml: no such file or directory");
  }

  @Test
  void reason_ofAFileThatMayNotBeRead_saysPermissionDenied() {
    assertThat(Failure.reason(new AccessDeniedException("/root/plan.yaml")))
        .isEqualTo("/root/plan.yaml: permission denied");
  }

  @Test
  void reason_ofAnotherFileSystemFailure_namesTheFileAndTheSystemsReason() {
    assertThat(Failure.reason(new FileSystemException("plans", null, "Is a directory")))
        .isEqualTo("plans: Is a directory");
    assertThat(Failure.reason(new FileSystemException("plans")))
        .isEqualTo("plans: FileSystemException");
  }

  @Test
  void reason_ofAFailureWithoutAFile_isItsMessage_orItsKind() {
    assertThat(Failure.reason(new FileSystemException(null, null, "Stale file handle")))
        .isEqualTo("Stale file handle");
    assertThat(Failure.reason(new IOException("Input/output error")))
        .isEqualTo("Input/output error");
    assertThat(Failure.reason(new IOException())).isEqualTo("IOException");
  }

  @Test
  void reason_escapesControlCharactersInTheFileName() {
    assertThat(Failure.reason(new NoSuchFileException("a\nb.yaml")))
        .isEqualTo("a\\u000Ab.yaml: no such file or directory");
    assertThat(Failure.reason(new AccessDeniedException("a\u202Eb")))
        .isEqualTo("a\\u202Eb: permission denied");
    assertThat(Failure.reason(new FileSystemException("a\u0007", null, "busy")))
        .isEqualTo("a\\u0007: busy");
  }
}
