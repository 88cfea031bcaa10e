package io.github.ipplan.cli.console;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.internal.Quote;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the files the command line writes whole or not at all: the content goes to a temporary
 * file beside the target ({@code .ipplan-<random>.tmp}), is flushed to the disk, and only then
 * takes the target's place by a rename, so that a failure (a full disk, a file size limit, a
 * directory that cannot be written) leaves the old file as it was and no temporary file behind.
 * Only a regular file is replaced: a directory, a FIFO or a device in the target's place is refused
 * before anything is written. A failure ends the command with {@link ExitCode#INVALID_FILE} and one
 * line that names the target and the reason: {@code Cannot write x.json: No space left on device}.
 */
public final class AtomicFiles {
  /** Writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content; an exception leaves the target as it was.
     *
     * @param out the stream to write to
     * @throws IOException if the content cannot be written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * The text as UTF-8.
   *
   * @param text the text
   * @return the content
   */
  public static Content utf8(String text) {
    return out -> out.write(text.getBytes(UTF_8));
  }

  /**
   * Writes the text as UTF-8 to the target, in place of the regular file there, if any.
   *
   * @param target the file or directory to write
   * @param text the text
   */
  public static void writeString(Path target, String text) {
    write(target, utf8(text));
  }

  /**
   * Writes the content to the target, in place of the regular file there, if any; a symbolic link
   * is followed, so that the file it names is replaced and the link kept.
   */
  static void write(Path target, Content content) {
    Path file = followed(target);
    refuseUnlessRegularFileOrAbsent(target, file);
    Path temporary = null;
    try {
      temporary = Files.createFile(temporaryBeside(file));
      copyPermissions(file, temporary);
      writeAndSync(temporary, content);
      moveIntoPlace(temporary, file);
      temporary = null;
    } catch (IOException e) {
      throw cannotWrite(target, reason(file, e));
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * Writes the files, by name, into the target directory, complete or not at all. Where the
   * directory does not exist, they are written into a temporary directory beside it that then takes
   * its name, so that it appears with every file or not at all. Where it exists, they are written
   * into a temporary directory inside it and moved into place only when all are written, each
   * replacing the regular file of that name; other files in the directory are left alone.
   *
   * @param target the file or directory to write
   * @param files the files' contents, by name
   */
  public static void writeDirectory(Path target, Map<String, Content> files) {
    Path directory = followed(target);
    BasicFileAttributes attributes = attributes(directory);
    if (attributes != null && !attributes.isDirectory()) {
      throw cannotWrite(target, "it is not a directory");
    }
    boolean exists = attributes != null;
    List<Path> places = new ArrayList<>();
    for (String name : files.keySet()) {
      Path place = followed(directory.resolve(name));
      refuseUnlessRegularFileOrAbsent(target.resolve(name), place);
      places.add(place);
    }
    Path staging = null;
    try {
      Path parent = directory.toAbsolutePath().getParent();
      if (!exists && parent != null) {
        Files.createDirectories(parent);
      }
      staging = Files.createDirectory(exists ? temporaryIn(directory) : temporaryBeside(directory));
      for (Map.Entry<String, Content> file : files.entrySet()) {
        Path written = Files.createFile(staging.resolve(file.getKey()));
        writeAndSync(written, file.getValue());
      }
      if (exists) {
        int i = 0;
        for (String name : files.keySet()) {
          Path place = places.get(i++);
          copyPermissions(place, staging.resolve(name));
          moveIntoPlace(staging.resolve(name), place);
        }
        Files.delete(staging);
      } else {
        moveIntoPlace(staging, directory);
      }
      staging = null;
    } catch (IOException e) {
      throw cannotWrite(target, reason(directory, e));
    } finally {
      deleteTree(staging);
    }
  }

  /** The failure that ends the command: the target and the reason, exit code 4. */
  static Failure cannotWrite(Path target, String reason) {
    return new Failure(
        ExitCode.INVALID_FILE, "Cannot write " + Quote.escape(target.toString()) + ": " + reason);
  }

  /**
   * Why writing the target failed, without the name of a temporary file: {@code permission denied},
   * {@code the directory /x does not exist}, or the system's reason.
   */
  static String reason(Path target, IOException e) {
    if (e instanceof NoSuchFileException) {
      Path directory = target.toAbsolutePath().getParent();
      return directory != null && !Files.isDirectory(directory)
          ? "the directory " + directory + " does not exist"
          : "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException failed) {
      // Its message would name the temporary file.
      return failed.getReason() != null ? failed.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** The file a symbolic link names, or the path itself where it is no link or leads nowhere. */
  private static Path followed(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return path;
    }
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  private static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null; // absent, or unreadable: the write says why
    }
  }

  private static void refuseUnlessRegularFileOrAbsent(Path target, Path file) {
    BasicFileAttributes attributes = attributes(file);
    if (attributes == null || attributes.isRegularFile() || attributes.isSymbolicLink()) {
      return; // a symbolic link here leads nowhere: it is replaced
    }
    throw cannotWrite(
        target,
        attributes.isDirectory()
            ? "it is a directory, not a regular file"
            : "it is a FIFO, a device or a socket, not a regular file");
  }

  private static Path temporaryBeside(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    return parent.resolve(temporaryName());
  }

  private static Path temporaryIn(Path directory) {
    return directory.resolve(temporaryName());
  }

  private static String temporaryName() {
    return ".ipplan-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp";
  }

  private static void writeAndSync(Path file, Content content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      content.writeTo(out);
      out.flush();
      channel.force(true);
    }
  }

  /** Gives the new file the permissions of the one it replaces, where the system has them. */
  private static void copyPermissions(Path from, Path to) {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (IOException | UnsupportedOperationException e) {
      // No file to copy them from, or no POSIX permissions: the new file keeps the defaults.
    }
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing more can be done; the failure being reported says why.
    }
  }

  /** Deletes a temporary directory and the files written into it. */
  private static void deleteTree(Path directory) {
    if (directory == null) {
      return;
    }
    try (var files = Files.list(directory)) {
      files.forEach(AtomicFiles::deleteQuietly);
    } catch (IOException e) {
      // As in deleteQuietly.
    }
    deleteQuietly(directory);
  }
}
