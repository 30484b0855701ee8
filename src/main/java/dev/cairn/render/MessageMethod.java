package dev.cairn.render;

import dev.cairn.text.Messages;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The templates' {@code msg("key", args…)}: a word of the site from the message bundle. Arguments
 * are text, already formatted by the view (a number passed straight from a template is written
 * plainly).
 */
final class MessageMethod implements TemplateMethodModelEx {

  private final Messages messages;

  MessageMethod(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) throw new TemplateModelException("msg needs a message key");
    String key = text(arguments.get(0));
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) args[i - 1] = text(arguments.get(i));
    try {
      return messages.get(key, args);
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException("no message \"" + key + "\" in the theme's i18n bundle");
    }
  }

  private static String text(Object model) throws TemplateModelException {
    if (model instanceof TemplateScalarModel scalar) return scalar.getAsString();
    if (model instanceof TemplateNumberModel number) return String.valueOf(number.getAsNumber());
    throw new TemplateModelException("msg takes text arguments");
  }
}
