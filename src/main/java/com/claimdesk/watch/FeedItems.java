package com.claimdesk.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/** The items of an RSS or Atom feed (ROME), read from the bytes as fetched: each with its page's address. */
final class FeedItems {

    /** An item: its page's address (absolute); title, author and date of publication may be null. */
    record Item(String address, String title, String author, LocalDate published) {
    }

    /** A feed that cannot be read as RSS or Atom, in words for the feed's page. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private FeedItems() {
    }

    /** The items in the feed's order, each address once; items without a web address are left out. */
    static List<Item> read(byte[] body, URI base) throws Unreadable {
        SyndFeed feed;
        try {
            // ROME refuses DOCTYPEs by default: no external entities reach the newsroom's files or network.
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new Unreadable("Not an RSS or Atom feed ClaimDesk can read: " + firstLine(e.getMessage()));
        }
        Map<String, Item> items = new LinkedHashMap<>();
        for (SyndEntry entry : feed.getEntries()) {
            String address = address(entry, base);
            if (address != null) {
                items.putIfAbsent(address, new Item(address, clean(entry.getTitle(), 500),
                        clean(entry.getAuthor(), 200),
                        date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())));
            }
        }
        return new ArrayList<>(items.values());
    }

    /** The item's page: its link, else its first alternate link, else its id when that is a web address. */
    private static String address(SyndEntry entry, URI base) {
        List<String> tried = new ArrayList<>();
        tried.add(entry.getLink());
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || "alternate".equals(link.getRel())) {
                tried.add(link.getHref());
            }
        }
        tried.add(entry.getUri());
        for (String candidate : tried) {
            String absolute = absolute(candidate, base);
            if (absolute != null) {
                return absolute;
            }
        }
        return null;
    }

    private static String absolute(String link, URI base) {
        if (link == null || link.isBlank() || link.length() > 2048) {
            return null;
        }
        try {
            URI resolved = base.resolve(link.strip());
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && resolved.getHost() != null;
            return web && resolved.toString().length() <= 2048 ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String one = text.replaceAll("\\s+", " ").replace("\u0000", "").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "the document is empty or broken.";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
