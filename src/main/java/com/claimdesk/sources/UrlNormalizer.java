package com.claimdesk.sources;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.claimdesk.web.Inputs;

/**
 * One spelling per web page, so that the same source typed twice is recognised: scheme and host in lower
 * case (international hosts in their ASCII form), no default port, no fragment, no tracking parameters, no
 * trailing slash after a path, "." and ".." segments resolved. Only http and https are accepted.
 */
public final class UrlNormalizer {

    /** Why an address was refused, in words a reviewer can act on. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Query parameters that identify a campaign or a click, never the page. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "igshid", "yclid", "twclid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
            "oly_enc_id", "vero_id", "ref_src", "ref_url", "s_cid", "cmpid");

    private UrlNormalizer() {
    }

    /** user-info@, site name, :port of an authority java.net.URI could not read. */
    private static final Pattern AUTHORITY = Pattern.compile("(?:([^@]*)@)?([^@:]+)(:\\d*)?");

    public static String normalize(String address) throws Refused {
        if (address == null || address.isBlank()) {
            throw new Refused("Give the web address.");
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new Refused("This is not a valid web address (" + e.getReason().toLowerCase(Locale.ROOT) + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("Give a web address starting with http:// or https://.");
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = withAsciiSiteName(uri, scheme);
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("Leave user names and passwords out of the web address.");
        }
        String host = host(uri);
        int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
        String path = path(uri.normalize().getRawPath());
        String query = query(uri.getRawQuery());
        String normalised = scheme + "://" + host + (port == -1 ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query);
        if (normalised.length() > Inputs.MAX_URL_LENGTH) {
            throw new Refused("Use a web address of at most " + Inputs.MAX_URL_LENGTH + " characters.");
        }
        return normalised;
    }

    /**
     * java.net.URI reads no host, user or port from an authority with non-ASCII letters ("bücher.de:8080"):
     * the site name is converted to its ASCII form first, and the address read again.
     */
    private static URI withAsciiSiteName(URI uri, String scheme) throws Refused {
        Matcher authority = AUTHORITY.matcher(uri.getRawAuthority());
        if (!authority.matches()) {
            throw new Refused("The site name in this web address is not valid.");
        }
        if (authority.group(1) != null) {
            throw new Refused("Leave user names and passwords out of the web address.");
        }
        String port = authority.group(3) == null ? "" : authority.group(3);
        try {
            return new URI(scheme + "://" + ascii(authority.group(2)) + port + nullToEmpty(uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            throw new Refused("This is not a valid web address (" + e.getReason().toLowerCase(Locale.ROOT) + ").");
        }
    }

    private static String host(URI uri) throws Refused {
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new Refused("The web address has no site name.");
        }
        return ascii(uri.getHost());
    }

    private static String ascii(String host) throws Refused {
        try {
            String ascii = IDN.toASCII(host.endsWith(".") ? host.substring(0, host.length() - 1) : host,
                    IDN.ALLOW_UNASSIGNED);
            if (ascii.isEmpty()) {
                throw new Refused("The web address has no site name.");
            }
            return ascii.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Refused("The site name in this web address is not valid.");
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static String path(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String path = uppercaseEscapes(rawPath);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(uppercaseEscapes(parameter));
            }
        }
        return String.join("&", kept);
    }

    /** %c3%a9 and %C3%A9 are the same character; write escapes one way. */
    private static String uppercaseEscapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.append('%').append(Character.toUpperCase(raw.charAt(i + 1)))
                        .append(Character.toUpperCase(raw.charAt(i + 2)));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
