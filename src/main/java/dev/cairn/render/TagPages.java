package dev.cairn.render;

import dev.cairn.model.Log;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.TagView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tags: an index of every tag and one page per tag listing its logs, newest first. */
final class TagPages {

  private TagPages() {}

  /** A tag as first written, and its logs, newest first, each once. */
  private record Tag(String name, List<Log> logs) {}

  static List<PageJob> jobs(RenderContext ctx) {
    List<Tag> tags = tags(ctx);
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(
        new PageJob(
            "tags/index.html",
            "tags.ftlh",
            List.of(tags, ctx.goalsBySlug()),
            () ->
                new PageJob.Page(
                    ctx.pages()
                        .of(
                            "tags",
                            ctx.words().get("page.tags.title"),
                            ctx.words().get("page.tags.description"),
                            "tags/index.html"),
                    Map.of("tags", tags.stream().map(t -> view(ctx, t)).toList()))));
    for (Tag tag : tags) {
      String url = ctx.links().tag(tag.name());
      jobs.add(
          new PageJob(
              url,
              "tag.ftlh",
              List.of(tag, ctx.goalsBySlug()),
              () ->
                  new PageJob.Page(
                      ctx.pages()
                          .of(
                              "tag",
                              ctx.words().get("page.tag.title", tag.name()),
                              ctx.words()
                                  .plural(
                                      "page.tag.description",
                                      tag.logs().size(),
                                      ctx.fmt().number(tag.logs().size()),
                                      tag.name()),
                              url),
                      Map.of("tag", view(ctx, tag)))));
    }
    return jobs;
  }

  private static List<Tag> tags(RenderContext ctx) {
    Map<String, String> nameBySlug = new TreeMap<>();
    Map<String, List<Log>> logsBySlug = new TreeMap<>();
    for (Log log : RenderContext.reversed(ctx.portfolio().logs())) {
      for (String tag : log.tags()) {
        String slug = SiteLinks.tagSlug(tag);
        nameBySlug.putIfAbsent(slug, tag);
        List<Log> list = logsBySlug.computeIfAbsent(slug, s -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != log) {
          list.add(log); // "Rain" and "rain" on one log: once
        }
      }
    }
    return nameBySlug.entrySet().stream()
        .map(e -> new Tag(e.getValue(), List.copyOf(logsBySlug.get(e.getKey()))))
        .toList();
  }

  private static TagView view(RenderContext ctx, Tag tag) {
    List<LogLinkView> logs = tag.logs().stream().map(l -> ctx.views().logLink(l)).toList();
    return new TagView(tag.name(), ctx.links().tag(tag.name()), logs);
  }
}
