package io.postmortems.cli;

import io.postmortems.core.text.AppBundle;
import io.postmortems.core.text.BundleText;
import io.postmortems.core.text.Message;

import java.util.List;
import java.util.Locale;

/**
 * Texts from the app's one bundle, the same the Jira app shows, in English; an unknown key prints as the key and
 * its arguments so nothing is lost.
 */
final class Messages {
    private final BundleText bundle = new BundleText(AppBundle.load(Locale.ROOT), Locale.ENGLISH);

    String text(Message message) {
        List<String> args = message.args();
        return bundle.find(message.key(), args).orElse(message.key() + (args.isEmpty() ? "" : " " + args));
    }
}
