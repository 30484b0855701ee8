package dev.cairn.cli;

import dev.cairn.model.SiteConfig;
import dev.cairn.text.YamlScalars;
import java.util.List;
import java.util.Optional;

/** The files {@code cairn new site} writes besides goals and logs. */
final class PortfolioTemplates {

  /** What a portfolio keeps out of version control: the built site and the build's own files. */
  static final List<String> IGNORED = List.of("site/", ".site.prev/", ".site.cache/", ".site.lock");

  private PortfolioTemplates() {}

  /** content/site.yaml: every key with its default and what it does; only the given ones set. */
  static String siteYaml(Optional<String> title, Optional<String> author) {
    SiteConfig d = SiteConfig.defaults();
    return """
        # Portfolio settings. Every key is optional: a key left out, or commented out as most
        # are below, takes the default named in its comment.

        # The portfolio's title, on every page and in the feed. Default: "%s".
        %s
        # Your name, shown on the pages and as the feed's author. Default: none.
        %s
        # The absolute address the site is published at, e.g. https://you.github.io/portfolio/
        # (http or https, no ?query or #fragment). Used only for the feed, the sitemap and the
        # share tags of each page; page links stay relative, so the site also works without it.
        # `cairn build --base-url URL` overrides it for one build. Default: none.
        # base_url: https://example.org/portfolio/
        # A folder under themes/ whose templates replace the built-in ones file by file.
        # Default: the built-in theme.
        # theme: default
        # Language and region for dates and numbers, as a BCP 47 tag (en-GB, de-DE, …).
        # Default: %s.
        # locale: %s
        # The first day of each week in weekly reviews: monday or sunday. Default: %s.
        # week_start: %s
        # Weeks in each of the two windows compared by "before and after". Default: %d.
        # window_weeks: %d
        # Weeks without a higher challenge level before a goal can be flagged as on a plateau.
        # Default: %d.
        # stretch_weeks: %d
        # true lets raw HTML and javascript: links in your Markdown through as written; only for
        # content you fully trust. Default: false (raw HTML is escaped, such links dropped).
        # unsafe_html: %s
        # Daily notes (Obsidian and the like) read in place: a note's fields become logs, nothing
        # else of it reaches the site. See docs/importing.md. Default: none, e.g.
        #   - folder: ../vault/Daily
        #     goals: { fitness: { pushups: exercise-pushup } }
        # notes: []
        """
        .formatted(
            SiteConfig.DEFAULT_TITLE,
            title.map(t -> "title: " + YamlScalars.string(t)).orElse("# title: My portfolio"),
            author.map(a -> "author: " + YamlScalars.string(a)).orElse("# author: Your Name"),
            d.locale().toLanguageTag(),
            d.locale().toLanguageTag(),
            d.weekStart().name().toLowerCase(java.util.Locale.ROOT),
            d.weekStart().name().toLowerCase(java.util.Locale.ROOT),
            d.windowWeeks(),
            d.windowWeeks(),
            d.stretchWeeks(),
            d.stretchWeeks(),
            d.unsafeHtml());
  }

  static String gitignore() {
    return "# Made by cairn build; rebuilt from content/ at any time\n"
        + String.join("\n", IGNORED)
        + "\n";
  }

  /** The portfolio's README: how to write, preview and publish it. */
  static String readme(String title, boolean githubPages) {
    String publish =
        githubPages
            ? """
            This folder is set up for GitHub Pages: push it to a GitHub repository, choose
            **Settings → Pages → Source: GitHub Actions**, and every push to `main` builds the site
            with the Cairn in `.cairn/cairn.jar` and publishes it
            (`.github/workflows/pages.yml`). To upgrade Cairn, replace that jar with `lib/cairn.jar`
            of a newer Cairn distribution.

            Elsewhere, build with the site's public address and upload `site/` to any static host:
            """
            : """
            Build with the site's public address (or set `base_url` in `content/site.yaml`) and
            upload `site/` to any static host:
            """;
    return """
        # %s

        A progress portfolio: goals and practice logs in Markdown, built into a static site by
        Cairn.

        ## Write

        - `content/goals/` — one file per goal; `cairn new goal "Play guitar"` writes one with
          every field explained.
        - `content/logs/` — one file per practice session, in any sub-folders;
          `cairn new log GOAL` writes one with the goal's numbers to fill in.
        - `content/site.yaml` — the portfolio's settings, each explained in the file.

        `private: true` on a goal or a log, and `draft: true` on a log, keep it out of the site.

        ## Preview

        ```sh
        cairn serve            # http://localhost:1313/, rebuilt and reloaded on every save
        cairn check --strict   # checks every file, builds nothing
        ```

        ## Publish

        %s
        ```sh
        cairn build --base-url https://example.org/portfolio/
        ```

        `site/` is rebuilt from `content/` by every build, so it stays out of version control.
        """
        .formatted(title, publish.strip() + "\n");
  }
}
