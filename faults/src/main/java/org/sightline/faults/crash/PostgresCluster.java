package org.sightline.faults.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throwaway PostgreSQL cluster made by {@code scripts/pg-throwaway.sh} (its folder holds {@code
 * data/} and {@code server.log}), which the check crashes together with the application: SIGKILL to
 * the postmaster and every backend, then a start that runs PostgreSQL's crash recovery. Only a
 * write that reached the write-ahead log before its commit was acknowledged survives that, so this
 * shows what {@code synchronous_commit} means for Sightline's answers.
 */
final class PostgresCluster {
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Path dir;

  PostgresCluster(Path dir) {
    if (!Files.isRegularFile(dir.resolve(".sightline-throwaway"))) {
      throw new IllegalArgumentException(
          dir + " is not a throwaway cluster made by scripts/pg-throwaway.sh");
    }
    this.dir = dir;
  }

  /** SIGKILL to the postmaster and all its processes: no checkpoint, no shutdown. */
  void crash() {
    try {
      long pid =
          Long.parseLong(
              Files.readAllLines(dir.resolve("data/postmaster.pid"), StandardCharsets.UTF_8)
                  .get(0)
                  .strip());
      ProcessHandle postmaster =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
      List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
      all.add(0, postmaster);
      all.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle p : all) {
        p.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("could not crash PostgreSQL in " + dir, e);
    }
  }

  /** Starts the cluster again with the options it last ran with (crash recovery runs first). */
  void start() {
    try {
      // postmaster.opts: the server binary, then each option in double quotes.
      String line = Files.readString(dir.resolve("data/postmaster.opts"), StandardCharsets.UTF_8);
      int firstQuote = line.indexOf('"');
      Path bin = Path.of(line.substring(0, firstQuote).strip()).getParent();
      List<String> opts = new ArrayList<>();
      Matcher m = QUOTED.matcher(line.substring(firstQuote));
      while (m.find()) {
        opts.add(m.group(1));
      }
      List<String> serverOptions = new ArrayList<>();
      for (int i = 0; i < opts.size(); i++) {
        if (opts.get(i).equals("-D")) {
          i++; // pg_ctl passes the data directory itself
        } else {
          serverOptions.add(opts.get(i));
        }
      }
      List<String> cmd = new ArrayList<>();
      if ("root".equals(System.getProperty("user.name"))) {
        cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
      }
      cmd.addAll(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-l",
              dir.resolve("server.log").toString(),
              "-w",
              "-t",
              "120",
              "-o",
              String.join(" ", serverOptions),
              "start"));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("PostgreSQL did not start again: " + out.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
