package io.postmortems.panel;

import java.util.List;
import java.util.Locale;

/**
 * Small server-side SVG charts for the reports page: no script, no library, no host. Each chart is an image with
 * {@code role="img"}, a {@code <title>} and an {@code aria-label}; the data table that follows it on the page is the
 * accessible source of the figures. All text is escaped here; values are plain numbers.
 */
public final class SvgChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = 32;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    /** AUI-like series colours (blue, green, yellow, red), distinguishable by the line style too. */
    private static final String[] COLOURS = {"#0052CC", "#36B37E", "#FFAB00", "#DE350B"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};

    /** One named series of values, one per label; null where there is no value. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    private SvgChart() {
    }

    /** A bar chart: one bar per label. */
    public static String bars(String title, List<String> labels, List<Double> values) {
        StringBuilder svg = open(title);
        // counts: a maximum divisible by the four grid steps keeps every tick a whole number
        double max = Math.ceil(max(List.of(new Series("", values))) / 4) * 4;
        int n = labels.size();
        double slot = n == 0 ? 0 : (double) (WIDTH - LEFT - RIGHT) / n;
        axes(svg, max);
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            double x = LEFT + i * slot;
            if (v != null && max > 0) {
                double h = (HEIGHT - TOP - BOTTOM) * v / max;
                svg.append("<rect class=\"pm-bar\" x=\"").append(num(x + slot * 0.15)).append("\" y=\"")
                        .append(num(HEIGHT - BOTTOM - h)).append("\" width=\"").append(num(slot * 0.7))
                        .append("\" height=\"").append(num(h)).append("\" fill=\"").append(COLOURS[0])
                        .append("\"/>");
            }
            label(svg, labels.get(i), x + slot / 2, i, n);
        }
        return svg.append("</svg>").toString();
    }

    /** A line chart: one line per series over the labels (e.g. months), with a legend. */
    public static String lines(String title, List<String> labels, List<Series> series) {
        StringBuilder svg = open(title);
        double max = max(series);
        int n = labels.size();
        double step = n <= 1 ? 0 : (double) (WIDTH - LEFT - RIGHT) / (n - 1);
        axes(svg, max);
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            List<Double> values = series.get(s).values();
            for (int i = 0; i < n && i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null || max <= 0) {
                    continue;
                }
                double x = n <= 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0 : LEFT + i * step;
                double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * v / max;
                points.append(num(x)).append(',').append(num(y)).append(' ');
                svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"3\" fill=\"").append(COLOURS[s % COLOURS.length]).append("\"/>");
            }
            svg.append("<polyline class=\"pm-line\" fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(COLOURS[s % COLOURS.length]).append('"');
            if (!DASHES[s % DASHES.length].isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(DASHES[s % DASHES.length]).append('"');
            }
            svg.append(" points=\"").append(points.toString().strip()).append("\"/>");
            double lx = LEFT + s * 150.0;
            svg.append("<line x1=\"").append(num(lx)).append("\" y1=\"8\" x2=\"").append(num(lx + 18))
                    .append("\" y2=\"8\" stroke-width=\"2\" stroke=\"").append(COLOURS[s % COLOURS.length])
                    .append("\"/><text x=\"").append(num(lx + 22)).append("\" y=\"12\" font-size=\"11\">")
                    .append(escape(series.get(s).name())).append("</text>");
        }
        for (int i = 0; i < n; i++) {
            label(svg, labels.get(i), n <= 1 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0 : LEFT + i * step, i, n);
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        String t = escape(title);
        return new StringBuilder(2048).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pm-chart\" role=\"img\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" aria-label=\"").append(t)
                .append("\" font-family=\"-apple-system, 'Segoe UI', Roboto, sans-serif\"><title>").append(t)
                .append("</title>");
    }

    private static void axes(StringBuilder svg, double max) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\" stroke=\"#DFE1E6\"/>");
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = bottom - (HEIGHT - TOP - BOTTOM) * i / 4.0;
            if (i > 0) {
                svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                        .append(WIDTH - RIGHT).append("\" y2=\"").append(num(y)).append("\" stroke=\"#F4F5F7\"/>");
            }
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" font-size=\"10\" fill=\"#6B778C\" text-anchor=\"end\">").append(tick(v))
                    .append("</text>");
        }
    }

    private static void label(StringBuilder svg, String label, double x, int index, int n) {
        // With many labels only every k-th is written, so they never overlap (the table lists them all).
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        if (index % every != 0) {
            return;
        }
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                .append("\" font-size=\"10\" fill=\"#42526E\" text-anchor=\"middle\">")
                .append(escape(shorten(label))).append("</text>");
    }

    private static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= 14 ? label : label.substring(0, 13) + "\u2026";
    }

    private static double max(List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null && v > max) {
                    max = v;
                }
            }
        }
        return max;
    }

    private static String tick(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return Html.escape(text);
    }
}
