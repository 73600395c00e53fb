package org.paperradar.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperradar.paper.ArxivId;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import org.paperradar.store.Relation;
import org.paperradar.store.User;
import org.paperradar.store.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar rate NAME ID like|dislike|save|unsave|clear}: teach a reader's model. */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description =
        "Rate a paper for a reader: like, dislike, save (to the library), unsave, or clear a"
            + " like/dislike. The next recommendation retrains on it.")
final class RateCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Parameters(index = "1", paramLabel = "ID")
  String id;

  @Parameters(index = "2", paramLabel = "RATING", description = "like|dislike|save|unsave|clear")
  String rating;

  @Override
  public Integer call() {
    String r = rating.strip().toLowerCase(Locale.ROOT);
    if (!List.of("like", "dislike", "save", "unsave", "clear").contains(r)) {
      throw new ParameterException(
          spec.commandLine(),
          "rating must be like, dislike, save, unsave or clear, got '" + rating + "'");
    }
    try (Database db = radar.openStore()) {
      UserStore users = new UserStore(db);
      User u = users.expectUser(name);
      String paperId = id.startsWith("local:") ? id : ArxivId.parse(id).withoutVersion().toString();
      new PaperDao(db).expectPaper(paperId);
      switch (r) {
        case "like" -> users.add(u.id(), Relation.LIKE, List.of(paperId));
        case "dislike" -> users.add(u.id(), Relation.DISLIKE, List.of(paperId));
        case "save" -> users.add(u.id(), Relation.SAVE, List.of(paperId));
        case "unsave" -> users.remove(u.id(), Relation.SAVE, paperId);
        default -> {
          users.remove(u.id(), Relation.LIKE, paperId);
          users.remove(u.id(), Relation.DISLIKE, paperId);
        }
      }
      spec.commandLine().getOut().printf("%s: %s %s%n", u.name(), r, paperId);
    }
    return RadarCli.OK;
  }
}
