package org.echolstm.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's text, from the {@code messages} bundles (English, German). The language is chosen
 * once at start (a preference, or the system's); the FXML files use the same bundle.
 */
public final class I18n {
    public static final String BUNDLE = "org.echolstm.ui.messages";
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    private I18n() {
    }

    /** Chooses the language; English unless a supported one is asked for. */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    private static ResourceBundle load(Locale locale) {
        Locale supported = LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
        return ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Whether the bundle has a text for {@code key}. */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A count with the locale's grouping (12,000 or 12.000). */
    public static String count(long value) {
        return String.format(locale(), "%,d", value);
    }

    /** "14 %": a share as a whole percentage, as it is read aloud (a no-break space holds the two together). */
    public static String percent(double share) {
        return Math.round(share * 100) + "\u00a0%";
    }

    /** "8, 16 and 17" ("8, 16 und 17"): items as a sentence lists them. */
    public static String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + t("list.and") + " "
                + items.get(items.size() - 1);
    }
}
