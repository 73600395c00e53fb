package org.paperradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.ProfileSeeder;
import org.paperradar.store.Database;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar user add|seed|list}: readers and their own papers. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Add readers and seed their profiles with their own papers.",
    subcommands = {UserCommand.Add.class, UserCommand.Seed.class, UserCommand.ListUsers.class})
final class UserCommand {
  @ParentCommand RadarCli radar;

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a reader.")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--email", paramLabel = "E", description = "Where digests go.")
    String email;

    @Override
    public Integer call() {
      try (Database db = user.radar.openStore()) {
        User u = new UserStore(db).addUser(name, Optional.ofNullable(email));
        spec.commandLine().getOut().printf("added user %s (id %d)%n", u.name(), u.id());
      }
      return RadarCli.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List readers.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database db = user.radar.openStore()) {
        UserStore users = new UserStore(db);
        for (User u : users.users()) {
          spec.commandLine()
              .getOut()
              .printf(
                  Locale.ROOT,
                  "%s\t%s\t%d papers%n",
                  u.name(),
                  u.email().orElse("-"),
                  users.papers(u.id()).size());
        }
      }
      return RadarCli.OK;
    }
  }

  /** Exactly one way of naming the reader's papers. */
  static final class SeedInput {
    @Option(
        names = "--author",
        paramLabel = "NAME",
        description = "Author name as written on arXiv: lists matching papers; --yes adds them.")
    String author;

    @Option(names = "--ids", split = ",", paramLabel = "ID", description = "arXiv ids.")
    List<String> ids;

    @Option(
        names = "--file",
        paramLabel = "F",
        description = "A pasted listing, abstract list, Daily Papers page or BibTeX file.")
    Path file;
  }

  @Command(
      name = "seed",
      mixinStandardHelpOptions = true,
      description = "Add the reader's own papers to their profile.")
  static final class Seed implements Callable<Integer> {
    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    SeedInput input;

    @Option(
        names = "--yes",
        description = "With --author: add the papers of every matching name without asking.")
    boolean yes;

    @Option(
        names = "--name",
        paramLabel = "EXACT",
        description = "With --author: add only the papers of this exact listed name.")
    List<String> confirmNames;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = user.radar.openStore()) {
        User u = new UserStore(db).expectUser(name);
        ProfileSeeder seeder = new ProfileSeeder(db);
        ProfileSeeder.SeedResult r;
        if (input.author != null) {
          List<ProfileSeeder.AuthorMatch> matches = seeder.findAuthor(input.author);
          if (matches.isEmpty()) {
            out.println("no author in the store matches '" + input.author + "'");
            return RadarCli.ERROR;
          }
          if (confirmNames != null) {
            matches = matches.stream().filter(m -> confirmNames.contains(m.name())).toList();
          } else if (!yes) {
            printMatches(out, matches);
            out.println(
                "nothing added: confirm with --yes (all of the above) or --name \"EXACT NAME\"");
            return RadarCli.OK;
          }
          r = seeder.seedAuthors(u.id(), matches);
        } else if (input.ids != null) {
          r = seeder.seedIds(u.id(), input.ids);
        } else {
          r = seeder.seedText(u.id(), Files.readAllBytes(input.file), input.file.toString());
        }
        out.printf(
            Locale.ROOT,
            "%s: %d papers added, %d already in the profile%n",
            u.name(),
            r.added().size(),
            r.alreadyThere().size());
        r.notFound().forEach(s -> spec.commandLine().getErr().println("not used: " + s));
        return r.notFound().isEmpty() ? RadarCli.OK : RadarCli.REJECTS;
      }
    }

    private static void printMatches(PrintWriter out, List<ProfileSeeder.AuthorMatch> matches) {
      for (ProfileSeeder.AuthorMatch m : matches) {
        out.printf(Locale.ROOT, "%s — %d papers%n", m.name(), m.papers().size());
        for (Paper p : m.papers()) {
          out.printf(Locale.ROOT, "  %s  %s  %s%n", p.id(), day(p), p.title());
        }
      }
    }

    private static String day(Paper p) {
      return p.announced() != null ? p.announced().toString() : "          ";
    }
  }
}
