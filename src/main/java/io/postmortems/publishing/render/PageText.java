package io.postmortems.publishing.render;

import io.postmortems.core.text.AppBundle;
import io.postmortems.core.text.MessageText;

import java.text.MessageFormat;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The fixed words of a published page (headings, table headers, fact labels, status words, root page texts) in
 * one language, from the app's one bundle ({@value AppBundle#NAME}, keys {@value #PREFIX}*, and the enum words the panel shares), read host-free with
 * {@link ResourceBundle}. Values are plain text, not MessageFormat patterns, and are escaped where they are put
 * into storage format like any other text.
 *
 * <p>Fallbacks: a language without a translation, and a key a translation lacks, take the English value of the
 * base bundle. The JVM's default locale never takes part (a German server asked for French pages gets English,
 * not German). Thread-safe; instances are cached per locale.
 */
public final class PageText {
    /** Every page string's key starts with this. */
    public static final String PREFIX = "postmortems.page.";
    /** Language of pages when none, or an unusable one, is given. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentMap<Locale, PageText> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Every page key without {@link #PREFIX}, its value escaped for storage format: what templates print. */
    private final Map<String, String> escaped;
    /** {@link #enumWord} by group and constant: a page asks for the same few words hundreds of times. */
    private final ConcurrentMap<String, ConcurrentMap<Enum<?>, String>> enumWords = new ConcurrentHashMap<>();

    private PageText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(AppBundle.NAME, locale, PageText.class.getClassLoader(), NO_DEFAULT_LOCALE);
        Map<String, String> map = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PREFIX)) {
                map.put(key.substring(PREFIX.length()), XmlText.escape(bundle.getString(key)));
            }
        }
        this.escaped = Map.copyOf(map);
    }

    /** The page words in {@code locale} (null: English). */
    public static PageText of(Locale locale) {
        return CACHE.computeIfAbsent(locale == null ? DEFAULT_LOCALE : locale, PageText::new);
    }

    /**
     * The page language for a BCP 47 tag as an administrator or a command line gives it ({@code de},
     * {@code de-CH}, also {@code de_CH}); English for null, blank or a tag that is not well-formed.
     */
    public static Locale localeOf(String tag) {
        return parse(tag).orElse(DEFAULT_LOCALE);
    }

    /** Whether {@code tag} names a language at all (see {@link #localeOf}); an unknown but well-formed one does. */
    public static boolean isLanguageTag(String tag) {
        return parse(tag).isPresent();
    }

    private static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** Whether the pages are really in this locale's language: English, or a language with a translation. */
    public boolean isTranslated() {
        return locale.getLanguage().equals(DEFAULT_LOCALE.getLanguage())
                || bundle.getLocale().getLanguage().equals(locale.getLanguage());
    }

    /** The locale asked for (not necessarily one with a translation). */
    public Locale locale() {
        return locale;
    }

    /**
     * The plain text for {@code key} (without {@link #PREFIX}): this language's, else English.
     *
     * @throws MissingResourceException when not even the English bundle has the key (a bug the guards catch)
     */
    public String text(String key) {
        return bundle.getString(PREFIX + key);
    }

    /** {@link #text} escaped for storage format. */
    public String escaped(String key) {
        String value = escaped.get(key);
        if (value == null) {
            throw new MissingResourceException("no page text " + PREFIX + key, AppBundle.NAME, PREFIX + key);
        }
        return value;
    }

    /** All page texts, escaped, by key without {@link #PREFIX}: the {@code $w} of the page templates. */
    public Map<String, String> escapedTexts() {
        return escaped;
    }

    /**
     * The word for an enum constant ({@code status}, {@code IN_PROGRESS}), escaped: the same key and, like all the
     * panel's texts, MessageFormat pattern the panel shows ({@link MessageText#enumKey}). A constant the bundle does not know yet (added to the model later) reads as its
     * name in words ("In progress"), never as a key.
     */
    public String enumWord(String group, Enum<?> value) {
        return enumWords.computeIfAbsent(group, g -> new ConcurrentHashMap<>())
                .computeIfAbsent(value, v -> formatEnumWord(group, v));
    }

    private String formatEnumWord(String group, Enum<?> value) {
        String word;
        try {
            word = new MessageFormat(bundle.getString(MessageText.enumKey(group, value)), locale).format(new Object[0]);
        } catch (MissingResourceException e) {
            word = fallbackWords(value.name());
        }
        return XmlText.escape(word);
    }

    /** {@code IN_PROGRESS} → {@code In progress}: how pages showed enum values before they were translated. */
    static String fallbackWords(String enumName) {
        String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (s.equals("wont do")) {
            s = "won't do";
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Comma-separated texts, as the Page Properties Report takes its headings. */
    String joined(List<String> keys) {
        return String.join(",", keys.stream().map(this::text).toList());
    }
}
