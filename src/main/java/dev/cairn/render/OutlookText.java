package dev.cairn.render;

import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Outlook;
import dev.cairn.analysis.OutlookModel;
import dev.cairn.model.Metric;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.util.Optional;

/**
 * The goal page's sentence about a metric's outlook: the shape the evidence follows, the band it
 * expects in six months, and when the target is in reach. The straight "at this pace" figure stays
 * in the trend sentence beside it.
 */
final class OutlookText {

  private final Figures fmt;
  private final Messages words;

  OutlookText(Figures fmt, Messages words) {
    this.fmt = fmt;
    this.words = words;
  }

  Optional<String> of(MetricAnalysis ma) {
    if (ma.outlook().isEmpty()) return Optional.empty();
    Outlook o = ma.outlook().get();
    Metric m = ma.metric();
    String unit = m.unit().map(u -> " " + u).orElse("");
    String low = fmt.number(o.low());
    String high = fmt.number(o.high());
    String expected =
        low.equals(high)
            ? words.get("outlook.value", low, unit)
            : words.get("outlook.range", low, high, unit);
    String date = fmt.date(o.projectionDate());
    String sentence;
    if (o.levellingOff()) {
      String near = fmt.number(o.curve().orElseThrow().asymptote());
      sentence = words.get("outlook.levelling_off", near, unit, date, expected);
    } else if (o.model() == OutlookModel.CURVE) {
      sentence = words.get("outlook.curve", date, expected);
    } else {
      sentence = words.get("outlook.line", date, expected);
    }
    StringBuilder b = new StringBuilder(sentence);
    if (m.target().isPresent()) {
      String target = fmt.number(m.target().getAsDouble());
      if (o.eta().isPresent()) {
        b.append(words.get("outlook.eta", target, unit, fmt.date(o.eta().get())));
      } else if (!ViewFactory.lastDailyMeets(ma, m.target().getAsDouble())) {
        b.append(words.get("outlook.no_eta", target, unit));
      }
    }
    return Optional.of(b.append(words.get("trend.end")).toString());
  }
}
