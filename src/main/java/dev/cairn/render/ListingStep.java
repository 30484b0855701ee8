package dev.cairn.render;

import dev.cairn.model.Log;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the render stage obtains the listing of each log. {@code make} makes it from {@code inputs}
 * alone (the log, its goal, its body, the settings), so a caller may hand on an equal one instead;
 * {@link #MAKE} simply makes it.
 */
@FunctionalInterface
public interface ListingStep {

  ListingStep MAKE = (log, inputs, make) -> make.get();

  LogListing listing(Log log, List<?> inputs, Supplier<LogListing> make);
}
