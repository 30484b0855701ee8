package dev.cairn.cli;

/**
 * The GitHub Actions workflow that {@code cairn new site --github-pages} writes: on every push to
 * main, build the portfolio with the Cairn jar committed in the portfolio and deploy {@code site/}
 * with GitHub's own Pages actions. Committing the jar pins the very Cairn its owner builds with,
 * and a fresh runner needs nothing but Java for it.
 */
final class PagesWorkflow {

  static final String PATH = ".github/workflows/pages.yml";
  static final String JAR = ".cairn/cairn.jar";

  private PagesWorkflow() {}

  static String text() {
    return """
        # Builds the portfolio with Cairn and publishes it on GitHub Pages.
        # Once: Settings → Pages → Build and deployment → Source: GitHub Actions.
        # Cairn runs from %1$s, committed with the portfolio; to upgrade, replace it with
        # lib/cairn.jar of a newer Cairn distribution.
        name: Publish the portfolio

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        # One deployment at a time; a newer push waits rather than cancelling one in progress.
        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
              - uses: actions/setup-java@v5
                with:
                  distribution: temurin
                  java-version: '17'
              - id: pages
                uses: actions/configure-pages@v6
              # The Pages address (https://USER.github.io/REPO) becomes the site's base URL, so the
              # feed, the sitemap and the share tags hold absolute links.
              - name: Build the site
                run: java -jar %1$s build --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v5
                with:
                  path: site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v5
        """
        .formatted(JAR);
  }
}
