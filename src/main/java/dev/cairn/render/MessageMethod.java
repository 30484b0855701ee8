package dev.cairn.render;

import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The templates' {@code msg("key", args…)}, a word of the site from the message bundle, and {@code
 * plural("key", count, args…)}, the form of {@code key} that {@code count} takes ("1 log", "2
 * logs"), with the count as its first argument. Text arguments are used as they are; a number
 * passed straight from a template is formatted like every other figure of the site.
 */
final class MessageMethod implements TemplateMethodModelEx {

  private final Messages messages;
  private final Figures figures;
  private final boolean plural;

  private MessageMethod(Messages messages, boolean plural) {
    this.messages = messages;
    this.figures = new Figures(messages.locale());
    this.plural = plural;
  }

  static MessageMethod msg(Messages messages) {
    return new MessageMethod(messages, false);
  }

  static MessageMethod plural(Messages messages) {
    return new MessageMethod(messages, true);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    String name = plural ? "plural" : "msg";
    int first = plural ? 2 : 1;
    if (arguments.size() < first) {
      throw new TemplateModelException(
          name + " needs a message key" + (plural ? " and a count" : ""));
    }
    String key = text(arguments.get(0));
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) args[i - 1] = text(arguments.get(i));
    try {
      if (!plural) return messages.get(key, args);
      if (!(arguments.get(1) instanceof TemplateNumberModel count)) {
        throw new TemplateModelException("plural takes a number as its count");
      }
      return messages.plural(key, count.getAsNumber().longValue(), args);
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException("no message \"" + key + "\" in the theme's i18n bundle");
    }
  }

  private String text(Object model) throws TemplateModelException {
    if (model instanceof TemplateScalarModel scalar) return scalar.getAsString();
    if (model instanceof TemplateNumberModel number) {
      return figures.number(number.getAsNumber().doubleValue());
    }
    throw new TemplateModelException("msg takes text arguments");
  }
}
