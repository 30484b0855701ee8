package dev.cairn.render;

import dev.cairn.chart.ChartImage;
import dev.cairn.render.Views.PageView;
import java.util.Optional;

/** Page metadata for one build: canonical and share-image URLs, and which audience it is for. */
record PageMeta(SiteLinks links, SiteContent.Audience audience) {

  PageView of(String kind, String title, String description, String path) {
    return of(kind, title, description, path, Optional.empty());
  }

  PageView of(
      String kind, String title, String description, String path, Optional<ChartImage> ogImage) {
    String image =
        ogImage
            .map(c -> links.absolute(c.path()).orElse(SiteLinks.rootFor(path) + c.path()))
            .orElse(null);
    return new PageView(
        kind,
        title,
        description,
        path,
        links.absolute(path).orElse(null),
        image,
        ogImage.map(ChartImage::alt).orElse(null),
        audience.draftsShown(),
        audience.privateShown());
  }
}
