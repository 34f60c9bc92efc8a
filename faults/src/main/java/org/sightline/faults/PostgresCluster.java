package org.sightline.faults;

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
public final class PostgresCluster {
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Path dir;

  public PostgresCluster(Path dir) {
    if (!Files.isRegularFile(dir.resolve(".sightline-throwaway"))) {
      throw new IllegalArgumentException(
          dir + " is not a throwaway cluster made by scripts/pg-throwaway.sh");
    }
    this.dir = dir;
  }

  /** SIGKILL to the postmaster and all its processes: no checkpoint, no shutdown. */
  public void crash() {
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

  /** Stops the cluster cleanly (the "fast" mode: open sessions are ended, nothing is lost). */
  public void stop() {
    pgCtl(bin(), List.of("-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
  }

  /** Starts the cluster again with the options it last ran with (crash recovery runs first). */
  public void start() {
    // postmaster.opts: the server binary, then each option in double quotes.
    String line = opts();
    List<String> opts = new ArrayList<>();
    Matcher m = QUOTED.matcher(line.substring(line.indexOf('"')));
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
    pgCtl(
        bin(),
        List.of(
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
  }

  private String opts() {
    try {
      return Files.readString(dir.resolve("data/postmaster.opts"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path bin() {
    String line = opts();
    return Path.of(line.substring(0, line.indexOf('"')).strip()).getParent();
  }

  private static void pgCtl(Path bin, List<String> args) {
    List<String> cmd = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      // initdb refuses root, so the throwaway cluster belongs to user postgres.
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(bin.resolve("pg_ctl").toString());
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(
            "pg_ctl " + args.get(args.size() - 1) + " failed: " + out.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
