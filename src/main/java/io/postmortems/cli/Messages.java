package io.postmortems.cli;

import io.postmortems.core.text.AppBundle;
import io.postmortems.core.text.BundleText;

import java.util.List;
import java.util.Locale;

/**
 * Texts from the app's one bundle, the same the Jira app shows, in English; an unknown key prints as the key and
 * its arguments so nothing is lost.
 */
final class Messages {
    private final BundleText bundle = new BundleText(AppBundle.load(Locale.ROOT), Locale.ENGLISH);

    String text(String key, List<String> args) {
        return bundle.find(key, args).orElse(key + (args.isEmpty() ? "" : " " + args));
    }
}
