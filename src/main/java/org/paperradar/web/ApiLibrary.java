package org.paperradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperradar.ingest.BibtexWriter;
import org.paperradar.paper.Paper;
import org.paperradar.store.DigestSettingsStore.DigestSettings;
import org.paperradar.store.LibraryStore;
import org.paperradar.store.User;

/**
 * The reader's library and settings in the API. Every route works on the caller's own data only:
 * another reader's folder id answers 404, exactly like one that does not exist.
 */
final class ApiLibrary {
  private static final String LIB = ApiRoutes.V1 + "/library";

  private final WebServices s;
  private final ReaderActions actions;

  ApiLibrary(WebServices s, ReaderActions actions) {
    this.s = s;
    this.actions = actions;
  }

  void register(RoutesConfig r) {
    r.get(LIB, this::list);
    r.post(LIB, this::save);
    r.get(LIB + "/export.bib", this::export);
    r.get(LIB + "/folders", this::folders);
    r.post(LIB + "/folders", this::createFolder);
    r.get(LIB + "/folders/{folder}", this::folder);
    r.delete(LIB + "/folders/{folder}", this::deleteFolder);
    r.delete(LIB + "/<id>", this::remove);
    r.get(ApiRoutes.V1 + "/settings/digest", this::digest);
    r.put(ApiRoutes.V1 + "/settings/digest", this::setDigest);
  }

  /** A saved paper in the API. */
  record ItemJson(String paper, String title, Long folder, String note, String saved) {}

  private List<ItemJson> items(User u, Optional<Long> folder) {
    List<LibraryStore.Item> items = s.library().items(u.id(), folder);
    Map<String, Paper> papers = new LinkedHashMap<>();
    s.papers()
        .findPapers(items.stream().map(LibraryStore.Item::paperId).toList())
        .forEach(p -> papers.put(p.id(), p));
    return items.stream()
        .map(
            i ->
                new ItemJson(
                    i.paperId(),
                    papers.containsKey(i.paperId()) ? papers.get(i.paperId()).title() : null,
                    i.folderId().orElse(null),
                    i.note(),
                    i.saved().toString()))
        .toList();
  }

  private static long folderId(Context ctx) {
    return Params.optionalId("folder", ctx.pathParam("folder")).orElseThrow();
  }

  void list(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    Optional<Long> folder = Params.optionalId("folder", ctx.queryParam("folder"));
    folder.ifPresent(f -> actions.expectFolder(u, f));
    ctx.json(Map.of("items", items(u, folder)));
  }

  void save(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    JsonNode b = Json.body(ctx);
    String paper = Json.text(b, "paper");
    actions.save(u, paper, Json.optionalLong(b, "folder"), Json.optionalText(b, "note"));
    ctx.status(201)
        .json(
            s.library()
                .findItem(u.id(), paper)
                .map(
                    i ->
                        new ItemJson(
                            i.paperId(),
                            null,
                            i.folderId().orElse(null),
                            i.note(),
                            i.saved().toString()))
                .orElseThrow());
  }

  void remove(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    actions.unsave(u, ctx.pathParam("id"));
    ctx.status(204);
  }

  void export(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    Optional<Long> folder = Params.optionalId("folder", ctx.queryParam("folder"));
    folder.ifPresent(f -> actions.expectFolder(u, f));
    List<String> ids =
        s.library().items(u.id(), folder).stream().map(LibraryStore.Item::paperId).toList();
    ctx.contentType("application/x-bibtex; charset=utf-8")
        .result(BibtexWriter.format(s.papers().findPapers(ids)));
  }

  void folders(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    ctx.json(Map.of("folders", s.library().folders(u.id())));
  }

  void createFolder(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    ctx.status(201).json(actions.createFolder(u, Json.text(Json.body(ctx), "name")));
  }

  void folder(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    LibraryStore.Folder f = actions.expectFolder(u, folderId(ctx));
    ctx.json(Map.of("folder", f, "items", items(u, Optional.of(f.id()))));
  }

  void deleteFolder(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    long id = folderId(ctx);
    actions.expectFolder(u, id);
    s.library().deleteFolder(u.id(), id);
    ctx.status(204);
  }

  void digest(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    ctx.json(s.digests().settings(u.id()));
  }

  void setDigest(Context ctx) {
    User u = Security.viewer(ctx).expectUser();
    JsonNode b = Json.body(ctx);
    JsonNode cats = b.get("categories");
    String catText = "";
    if (cats != null && cats.isArray()) {
      StringBuilder sb = new StringBuilder();
      cats.forEach(c -> sb.append(c.asText()).append(' '));
      catText = sb.toString();
    } else if (cats != null && !cats.isNull()) {
      throw WebError.badRequest("categories must be an array of strings");
    }
    JsonNode hour = b.get("hour");
    DigestSettings d =
        SettingsPages.digestSettings(
            Json.optionalText(b, "frequency").orElse("daily"),
            hour == null ? null : hour.asText(),
            catText);
    s.digests().save(u.id(), d);
    ctx.json(d);
  }
}
