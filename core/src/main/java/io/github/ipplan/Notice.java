package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The covering notice a plan is issued with (通知), or the call for comments a draft is published
 * with: its title, body paragraphs, attachments and signature, as printed. The addressees and the
 * date are the {@link Plan}'s. Instances are immutable and thread-safe; build them with {@link
 * #builder()}.
 */
@Value.Immutable
public abstract class Notice {
  Notice() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the notice's title, such as {@code …关于印发《…》的通知}, where it has one.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns the line the publishing site prints with the publication date, such as {@code
   * 发布时间：2022-01-04}, where the copy has one.
   *
   * @return the publication line, or empty
   */
  public abstract Optional<String> publicationLine();

  /**
   * Returns the body paragraphs, after the addressees and before the attachments.
   *
   * @return the paragraphs, never empty
   */
  public abstract ImmutableList<String> paragraphs();

  /**
   * Returns the line that introduces the attachments, such as {@code 附件:}, where there is one.
   *
   * @return the attachments heading, or empty
   */
  public abstract Optional<String> attachmentsHeading();

  /**
   * Returns the attachments' names as printed.
   *
   * @return the attachments, possibly empty
   */
  public abstract ImmutableList<String> attachments();

  /**
   * Returns the signing body's name as printed.
   *
   * @return the signatory
   */
  public abstract String signatory();

  /**
   * Returns the note of the body that sealed the notice on the signatory's behalf, such as {@code
   * （国家知识产权局代章）}, where there is one.
   *
   * @return the seal note, or empty
   */
  public abstract Optional<String> seal();

  @Value.Check
  void check() {
    checkState(!paragraphs().isEmpty(), "A notice has at least one paragraph");
    checkState(
        attachmentsHeading().isEmpty() || !attachments().isEmpty(),
        "A notice with an attachments heading lists attachments");
  }

  /** Builds {@link Notice} values; obtain one from {@link Notice#builder()}. */
  public static final class Builder extends ImmutableNotice.Builder {
    Builder() {}
  }
}
