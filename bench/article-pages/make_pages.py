#!/usr/bin/env python3
"""Writes the main-text benchmark pages (src/test/resources/articles/benchmark/) from articles.json.

Each article's text is real (English Wikinews, CC BY 2.5; see SOURCES.md); the page around it is written here,
in five shapes common on news and press-room sites (and two held-out shapes, never tuned on), with the furniture such pages carry: menus, breadcrumbs,
share bars, related links, newsletter boxes, advertising, comment sections, footers. Run from this folder:
    python3 make_pages.py
"""
import html
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "../../src/test/resources/articles/benchmark")
ARTICLES = json.load(open(os.path.join(os.path.dirname(__file__), "articles.json"), encoding="utf-8"))
e = html.escape


def url(slug):
    return "https://en.wikinews.org/wiki/" + slug


def related(i, n=6):
    return [ARTICLES[(i + k) % len(ARTICLES)] for k in range(1, n + 1)]


def links(items, cls=""):
    return "".join(f'<li{cls}><a href="{url(a[0])}">{e(a[2])}</a></li>' for a in items)


def paras(ps, between=None):
    out = []
    for k, p in enumerate(ps):
        out.append(f"<p>{e(p)}</p>")
        if between and k == 0:
            out.append(between)
    return "\n".join(out)


def mediawiki(i, a):
    slug, date, title, ps = a
    return f"""<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>{e(title)} - Wikinews, the free news source</title>
<link rel="canonical" href="{url(slug)}"><script>document.documentElement.className="client-js";</script>
<style>.mw-body{{margin-left:11em}}</style></head>
<body class="mediawiki ltr skin-vector action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<div id="siteNotice"><div id="localNotice" lang="en" dir="ltr"><p>Have news to share? <a href="/wiki/Wikinews:Writing_an_article">Write an article</a> — anyone can.</p></div></div>
<h1 id="firstHeading" class="firstHeading" lang="en">{e(title)}</h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Wikinews, the free news source you can write!</div>
<div id="contentSub"></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<table class="plainlinks noprint" style="float:right"><tbody><tr><td><b>Related articles</b><ul>{links(related(i, 4))}</ul></td></tr></tbody></table>
<p><strong class="published"><span id="publishDate" class="value-title" title="{date}"></span>{date}</strong></p>
{paras(ps)}
<h2><span class="mw-headline" id="Sources">Sources</span></h2>
<ul><li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://example.org/a{i}">"Officials give details"</a> — <i>Associated Press</i>, {date}</span></li>
<li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://example.org/b{i}">"Report on the events"</a> — <i>BBC News Online</i>, {date}</span></li></ul>
<div class="noprint" style="border:1px solid #aaa"><p>This page is archived, and is no longer publicly editable. Articles presented on Wikinews reflect the specific time at which they were written and published, and do not attempt to encompass events or knowledge which occur or become known after their publication. Got a correction? Add the template {{{{editprotected}}}} to the talk page along with your corrections, and it will be brought to the attention of the administrators.</p></div>
</div></div>
<div class="printfooter">Retrieved from "<a dir="ltr" href="{url(slug)}">{url(slug)}</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:{date}">{date}</a></li><li><a href="/wiki/Category:Published">Published</a></li><li><a href="/wiki/Category:Archived">Archived</a></li><li><a href="/wiki/Category:Disasters_and_accidents">Disasters and accidents</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><div id="p-personal" role="navigation" class="vector-menu"><h3>Personal tools</h3><ul><li><a href="/wiki/Special:MyTalk">Talk</a></li><li><a href="/wiki/Special:MyContributions">Contributions</a></li><li><a href="/wiki/Special:CreateAccount">Create account</a></li><li><a href="/wiki/Special:UserLogin">Log in</a></li></ul></div>
<div id="left-navigation"><div id="p-namespaces" class="vector-menu-tabs"><ul><li class="selected"><a href="{url(slug)}">Article</a></li><li><a href="/wiki/Talk:{slug}">Discuss</a></li></ul></div></div>
<div id="right-navigation"><div id="p-views"><ul><li class="selected"><a href="{url(slug)}">Read</a></li><li><a href="/w/index.php?title={slug}&amp;action=history">View history</a></li></ul></div><div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Wikinews" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<div class="portal" role="navigation" id="p-navigation"><h3>Navigation</h3><div class="body"><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Wikinews:Newsroom">Newsroom</a></li><li><a href="/wiki/Wikinews:Water_cooler">Water cooler</a></li><li><a href="/wiki/Special:Random">Random article</a></li><li><a href="/wiki/Special:RecentChanges">Recent changes</a></li></ul></div></div>
<div class="portal" role="navigation" id="p-tb"><h3>Tools</h3><div class="body"><ul><li><a href="/wiki/Special:WhatLinksHere/{slug}">What links here</a></li><li><a href="/wiki/Special:RecentChangesLinked/{slug}">Related changes</a></li><li><a href="/wiki/Special:SpecialPages">Special pages</a></li><li><a href="/w/index.php?title={slug}&amp;printable=yes">Printable version</a></li><li><a href="/w/index.php?title={slug}&amp;action=info">Page information</a></li></ul></div></div>
<div class="portal" role="navigation" id="p-lang"><h3>In other languages</h3><div class="body"><ul><li><a href="https://de.wikinews.org/">Deutsch</a></li><li><a href="https://fr.wikinews.org/">Français</a></li><li><a href="https://es.wikinews.org/">Español</a></li></ul></div></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 1 March 2019, at 12:00.</li><li id="footer-info-copyright">All text created after September 25, 2005 available under the terms of the <a href="https://creativecommons.org/licenses/by/2.5/">Creative Commons Attribution 2.5 License</a> unless otherwise noted. Content from specifically marked sources may be under other licenses.</li></ul>
<ul id="footer-places"><li><a href="https://foundation.wikimedia.org/wiki/Privacy_policy">Privacy policy</a></li><li><a href="/wiki/Wikinews:About">About Wikinews</a></li><li><a href="/wiki/Wikinews:General_disclaimer">Disclaimers</a></li><li><a href="https://en.m.wikinews.org/wiki/{slug}">Mobile view</a></li></ul></div>
</body></html>"""


def wordpress(i, a):
    slug, date, title, ps = a
    rel = related(i)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} &#8211; The Harbour Post</title>
<meta property="og:type" content="article"><meta property="og:title" content="{e(title)}"><meta property="og:site_name" content="The Harbour Post">
<meta property="article:published_time" content="{date}T09:00:00+00:00"><meta name="author" content="Wikinews contributors">
<link rel="canonical" href="{url(slug)}"><link rel="stylesheet" href="/wp-content/themes/newsup/style.css">
<script>window._wpemojiSettings = {{"baseUrl":"https://s.w.org/images/core/emoji/"}};</script></head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<div class="top-bar"><div class="date">{date}</div><ul class="social-links"><li><a href="https://facebook.com/harbourpost">Facebook</a></li><li><a href="https://twitter.com/harbourpost">Twitter</a></li><li><a href="https://instagram.com/harbourpost">Instagram</a></li></ul></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">The Harbour Post</a></p><p class="site-description">News from the coast and the world</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/world/">World</a></li><li><a href="/category/politics/">Politics</a></li><li><a href="/category/science/">Science</a></li><li><a href="/category/business/">Business</a></li><li><a href="/category/opinion/">Opinion</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div class="breaking-news"><span class="title">Breaking</span><ul>{links(rel[:3])}</ul></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{1000 + i}" class="post-{1000 + i} post type-post status-publish format-standard has-post-thumbnail hentry category-world">
<header class="entry-header"><div class="cat-links"><a href="/category/world/" rel="category tag">World</a></div>
<h1 class="entry-title">{e(title)}</h1>
<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/wikinews/">Wikinews contributors</a></span> <span class="posted-on"><time class="entry-date published" datetime="{date}T09:00:00+00:00">{date}</time></span> <span class="comments-link"><a href="#respond">0 Comments</a></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2019/{i:02d}/photo.jpg" alt=""></div>
<div class="entry-content">
{paras(ps, '<div class="code-block code-block-2" style="margin:8px auto;text-align:center"><span>Advertisement</span><ins class="adsbygoogle" data-ad-slot="123"></ins></div>')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="?share=twitter" title="Click to share on Twitter"><span>Twitter</span></a></li><li class="share-facebook"><a href="?share=facebook" class="share-facebook sd-button"><span>Facebook</span></a></li><li class="share-email"><a href="?share=email" class="share-email sd-button"><span>Email</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul>{links(rel[:3])}</ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/news/" rel="tag">news</a>, <a href="/tag/world/" rel="tag">world</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{url(rel[4][0])}" rel="prev"><span class="meta-nav">Previous</span> {e(rel[4][2])}</a></div><div class="nav-next"><a href="{url(rel[5][0])}" rel="next"><span class="meta-nav">Next</span> {e(rel[5][2])}</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{links(rel)}</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">About us</h2><div class="textwidget"><p>The Harbour Post is an independent newsroom covering the coast, the region and the world since 1998, with reporters in four cities and a weekly print edition.</p></div></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/category/business/">Business</a> (120)</li><li><a href="/category/politics/">Politics</a> (342)</li><li><a href="/category/science/">Science</a> (88)</li><li><a href="/category/world/">World</a> (512)</li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a> <span class="sep"> | </span> Theme: NewsUp by Themeansar. &copy; 2019 The Harbour Post. All rights reserved.</div></footer></div>
<script src="/wp-includes/js/wp-embed.min.js"></script></body></html>"""


def pressroom(i, a):
    slug, date, title, ps = a
    rel = related(i, 5)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{e(title)} | Press Office</title>
<meta name="description" content="{e(ps[0][:150])}"><meta property="og:title" content="{e(title)}"><meta property="og:url" content="{url(slug)}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json.dumps(title)},"datePublished":"{date}","author":{{"@type":"Organization","name":"Wikinews contributors"}},"publisher":{{"@type":"Organization","name":"Press Office"}}}}</script></head>
<body class="path-node page-node-type-press-release">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner" hidden><p><strong>Official websites use .gov</strong><br>A .gov website belongs to an official government organization in the United States.</p><p><strong>Secure .gov websites use HTTPS</strong><br>A lock or https:// means you’ve safely connected to the .gov website.</p></div></div></section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended"><div class="usa-logo"><em class="usa-logo__text"><a href="/" title="Home">Press Office</a></em></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion"><li class="usa-nav__primary-item"><a href="/about">About</a></li><li class="usa-nav__primary-item"><a href="/news">News</a></li><li class="usa-nav__primary-item"><a href="/news/press-releases">Press Releases</a></li><li class="usa-nav__primary-item"><a href="/news/speeches">Speeches</a></li><li class="usa-nav__primary-item"><a href="/contact">Contact Us</a></li></ul>
<div class="usa-nav__secondary"><form class="usa-search usa-search--small" role="search"><input class="usa-input" id="search-field" type="search" name="query"><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></div></nav></header>
<main class="main-content usa-layout-docs" id="main-content"><div class="grid-container">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link">Home</a></li><li class="usa-breadcrumb__list-item"><a href="/news" class="usa-breadcrumb__link">News</a></li><li class="usa-breadcrumb__list-item"><a href="/news/press-releases" class="usa-breadcrumb__link">Press Releases</a></li></ol></nav>
<div class="grid-row grid-gap"><div class="desktop:grid-col-8">
<div class="field field--name-field-release-type">Press Release</div>
<h1 class="page-title"><span class="field field--name-title">{e(title)}</span></h1>
<div class="field field--name-field-date"><time datetime="{date}T12:00:00Z">{date}</time></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{paras(ps)}
<p style="text-align:center">###</p>
</div>
<div class="field field--name-field-contact"><h2>Media contact</h2><p>Press Office, (202) 555-0100, press@example.gov</p></div>
<div class="node-share"><span>Share:</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="mailto:?subject=Press%20release">Email</a></div>
</div>
<div class="desktop:grid-col-4 sidebar"><div class="block block-views"><h2>Recent Press Releases</h2><ul>{links(rel)}</ul></div>
<div class="block"><h2>Subscribe</h2><p>Get email updates from the Press Office.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div></div></div></div></main>
<footer class="usa-footer"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap"><li><a href="/accessibility">Accessibility</a></li><li><a href="/foia">FOIA</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/no-fear-act">No FEAR Act Data</a></li><li><a href="https://www.usa.gov/">USA.gov</a></li><li><a href="/inspector-general">Office of the Inspector General</a></li><li><a href="/vulnerability-disclosure">Vulnerability Disclosure Policy</a></li></ul></nav></div>
<div class="usa-footer__secondary-section"><p>Looking for U.S. government information and services? Visit USA.gov</p></div></footer>
</body></html>"""


def divsoup(i, a):
    slug, date, title, ps = a
    rel = related(i)
    middle = "".join(f'<div class="paragraph-block"><p class="css-1x9aq8s">{e(p)}</p></div>'
                     + ('<div class="ad-container"><div class="ad-label">Advertisement</div><div id="ad-slot-mid" class="ad"></div></div>'
                        f'<div class="inline-read-more"><p><strong>Read more:</strong> <a href="{url(rel[0][0])}">{e(rel[0][2])}</a></p></div>' if k == 0 else "")
                     for k, p in enumerate(ps))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} - Daily Globe</title>
<meta property="og:site_name" content="Daily Globe"><meta property="og:title" content="{e(title)}"><meta property="og:type" content="article">
<script type="application/ld+json">[{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"World"}}]}},
{{"@context":"https://schema.org","@type":"NewsArticle","headline":{json.dumps(title)},"datePublished":"{date}T07:30:00Z","url":"{url(slug)}","inLanguage":"en","author":[{{"@type":"Person","name":"Wikinews contributors"}}],"publisher":{{"@type":"Organization","name":"Daily Globe"}}}}]</script>
<script>window.__INITIAL_STATE__={{"user":null,"paywall":{{"count":3}}}};</script></head>
<body><div id="root"><div class="app">
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By continuing to use our site you accept our use of cookies.</p><a class="btn" href="#">Accept all</a> <a class="btn" href="/privacy">Manage settings</a></div>
<div class="top-nav"><div class="logo"><a href="/">Daily Globe</a></div><div class="nav-links"><a href="/world">World</a> <a href="/us">U.S.</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/tech">Tech</a> <a href="/science">Science</a> <a href="/sports">Sports</a> <a href="/subscribe" class="subscribe-btn">Subscribe</a> <a href="/login">Log in</a></div></div>
<div class="container"><div class="row"><div class="col-main">
<div class="kicker"><a href="/world">World</a></div>
<div class="headline"><h1 class="css-19v093x">{e(title)}</h1></div>
<div class="byline-row"><div class="byline">By <a href="/by/wikinews">Wikinews contributors</a></div><div class="timestamp">Published {date}</div><div class="share-row"><a href="#" class="share-facebook">Share</a> <a href="#" class="share-twitter">Tweet</a> <a href="#" class="share-email">Email</a></div></div>
<div class="lead-media"><img src="/img/{i}.jpg" alt=""><div class="caption">File photo. Photo: Agency</div></div>
<div class="story-body">{middle}</div>
<div class="newsletter-signup"><h3>Get the Morning Briefing</h3><p>Sign up for our newsletter to get the day's top stories delivered to your inbox every morning.</p><input type="email" placeholder="Your email"><a class="btn">Sign up</a></div>
<div class="recirculation"><h2>More from Daily Globe</h2>{"".join(f'<div class="card"><a href="{url(r[0])}"><h3>{e(r[2])}</h3></a><span>{r[1]}</span></div>' for r in rel[1:5])}</div>
</div>
<div class="col-rail"><div class="most-popular"><h2>Most Popular</h2><ol>{links(rel)}</ol></div><div class="ad-container"><div class="ad-label">Advertisement</div></div></div></div></div>
<div class="site-footer-links"><div class="col"><h4>News</h4><a href="/world">World</a> <a href="/us">U.S.</a> <a href="/politics">Politics</a></div><div class="col"><h4>Company</h4><a href="/about">About us</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a> <a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a></div><p class="copyright">© 2019 Daily Globe Media Group. All Rights Reserved.</p></div>
</div></div><script src="/static/js/main.8f2a.js"></script></body></html>"""


def tables(i, a):
    slug, date, title, ps = a
    rel = related(i, 5)
    body = "<br><br>\n".join(e(p) for p in ps)
    return f"""<HTML><HEAD><TITLE>{e(title)}</TITLE><META NAME="keywords" CONTENT="news, world"></HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER=0><TR><TD COLSPAN=2 BGCOLOR="#003366"><FONT COLOR="#FFFFFF" SIZE=5><B>Valley Courier Online</B></FONT> <FONT COLOR="#FFFFFF">| <A HREF="/">Home</A> | <A HREF="/news.html">News</A> | <A HREF="/archive.html">Archive</A> | <A HREF="/weather.html">Weather</A> | <A HREF="/classifieds.html">Classifieds</A></FONT></TD></TR>
<TR><TD WIDTH="160" VALIGN="top" BGCOLOR="#EEEEEE"><FONT SIZE=2><B>Sections</B><BR><A HREF="/local.html">Local</A><BR><A HREF="/world.html">World</A><BR><A HREF="/sports.html">Sports</A><BR><A HREF="/obits.html">Obituaries</A><BR><A HREF="/letters.html">Letters</A><BR><BR><B>Headlines</B><BR>{"<BR>".join(f'<A HREF="{url(r[0])}">{e(r[2])}</A>' for r in rel)}<BR><BR><A HREF="/advertise.html">Advertise with us</A></FONT></TD>
<TD VALIGN="top"><FONT FACE="Arial" SIZE=5><B>{e(title)}</B></FONT><BR><FONT SIZE=2 COLOR="#666666">{date} | Wikinews contributors</FONT><BR><BR>
<FONT FACE="Arial" SIZE=3>{body}</FONT><BR><BR>
<FONT SIZE=2><A HREF="/print.html">Printer-friendly version</A> | <A HREF="/email.html">E-mail this story</A> | <A HREF="/">Back to top</A></FONT></TD></TR>
<TR><TD COLSPAN=2 ALIGN="center"><FONT SIZE=1>Copyright 2019 Valley Courier. All rights reserved. <A HREF="/privacy.html">Privacy</A> | <A HREF="/contact.html">Contact</A></FONT></TD></TR></TABLE>
</BODY></HTML>"""


# Held-out shapes: written after the rules were tuned on the five shapes above, and never tuned on.
def ghost(i, a):
    slug, date, title, ps = a
    rel = related(i, 3)
    cards = "".join(f'<article class="post-card post"><a class="post-card-image-link" href="{url(r[0])}"><img class="post-card-image" src="/content/images/{k}.jpg" alt=""></a>'
                    f'<div class="post-card-content"><a class="post-card-content-link" href="{url(r[0])}"><header class="post-card-header"><h2 class="post-card-title">{e(r[2])}</h2></header>'
                    f'<div class="post-card-excerpt">{e(r[3][0][:140])}…</div></a><footer class="post-card-meta"><time datetime="{r[1]}">{r[1]}</time> <span class="post-card-meta-length">2 min read</span></footer></div></article>'
                    for k, r in enumerate(rel))
    body = "\n".join(f"<p>{e(p)}</p>" + ('<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">Get stories like this one in your inbox every Friday — it is free.</div></div>' if k == 1 else "") for k, p in enumerate(ps))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title><meta name="generator" content="Ghost 5.2">
<meta property="og:site_name" content="Field Notes"><meta property="og:type" content="article"><meta property="og:title" content="{e(title)}"><meta property="article:published_time" content="{date}T10:00:00.000Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","publisher":{{"@type":"Organization","name":"Field Notes"}},"author":{{"@type":"Person","name":"Wikinews contributors"}},"headline":{json.dumps(title)},"url":"{url(slug)}","datePublished":"{date}T10:00:00.000Z"}}</script></head>
<body class="post-template tag-world">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Field Notes</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-world"><a href="/tag/world/">World</a></li><li class="nav-science"><a href="/tag/science/">Science</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-world">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/world/">World</a></span></section>
<h1 class="article-title">{e(title)}</h1><p class="article-excerpt">From our world desk, with the details as they stood on the day.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/wikinews/" class="author-avatar"><img class="author-profile-image" src="/content/images/avatar.png" alt="Wikinews contributors"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/wikinews/">Wikinews contributors</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{date}">{date}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/{i}.jpg" alt=""><figcaption><span>The scene on the day. Photo: agency handout.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
{body}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">{cards}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Field Notes</a> &copy; 2019</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/sitemap/">Sitemap</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js"></script></body></html>"""


def broadcaster(i, a):
    slug, date, title, ps = a
    rel = related(i, 8)
    blocks = []
    for k, p in enumerate(ps):
        text = f"<b>{e(p)}</b>" if k == 0 else e(p)
        blocks.append(f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{text}</p></div></div>')
        if k == 0:
            blocks.append(f'<div data-component="links-block" class="ssrcss-1jhk6m1"><ul><li><a href="{url(rel[0][0])}">{e(rel[0][2])}</a></li><li><a href="{url(rel[1][0])}">{e(rel[1][2])}</a></li></ul></div>')
    stories = "".join(f'<div class="ssrcss-promo"><a href="{url(r[0])}"><span>{e(r[2])}</span></a><p class="ssrcss-promo-summary">{e(r[3][0][:120])}</p></div>' for r in rel[2:6])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{e(title)} - Broadcast News</title>
<meta name="description" content="{e(ps[0][:140])}"><meta property="og:title" content="{e(title)}"><meta property="og:site_name" content="Broadcast News"><link rel="canonical" href="{url(slug)}">
<script>window.__PRELOADED_STATE__ = {{"pageData":{{"id":"{slug}"}}}};</script></head>
<body><div id="__next"><div class="ssrcss-header"><a href="#main-content" class="ssrcss-skiplink">Skip to content</a>
<div class="ssrcss-brand"><a href="/">Broadcast News</a></div><ul class="ssrcss-navlist"><li><a href="/news">Home</a></li><li><a href="/news/world">World</a></li><li><a href="/news/uk">UK</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/politics">Politics</a></li><li><a href="/news/technology">Tech</a></li><li><a href="/news/science">Science</a></li><li><a href="/news/health">Health</a></li></ul></div>
<div id="main-content" class="ssrcss-1ocoo3l-Wrap"><article class="ssrcss-pv1rh6-ArticleWrapper">
<header class="ssrcss-1eqcsb1-HeadingWrapper"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{e(title)}</h1></header>
<div data-component="byline-block" class="ssrcss-1gg6t7m"><div class="ssrcss-68pt20-Text-TextContributorName">By Wikinews contributors</div><div class="ssrcss-84ltp5-Text">World desk</div></div>
<div data-component="timestamp-block"><time datetime="{date}T06:00:00.000Z">{date}</time></div>
<div data-component="image-block"><figure><img src="/img/{i}.jpg" alt="Officials at the scene"><figcaption class="ssrcss-caption">Image caption, Officials at the scene on the day</figcaption></figure></div>
{"".join(blocks)}
<div data-component="tag-list" class="ssrcss-tags"><div class="ssrcss-tags-heading"><h2>Related Topics</h2></div><ul><li><a href="/news/topics/world">World</a></li><li><a href="/news/topics/disasters">Disasters</a></li></ul></div>
</article>
<section data-component="top-stories"><h2>Top Stories</h2>{stories}</section>
<section data-component="most-read"><h2>Most read</h2><ol>{links(rel[2:8])}</ol></section></div>
<div class="ssrcss-footer"><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility Help</a></li><li><a href="/contact">Contact</a></li></ul><p>Copyright © 2019 Broadcast News. Broadcast News is not responsible for the content of external sites.</p></div></div>
</body></html>"""


HELD_OUT = [("ghost", ghost), ("broadcaster", broadcaster)]


SHAPES = [("mediawiki", mediawiki), ("wordpress", wordpress), ("pressroom", pressroom), ("divsoup", divsoup),
          ("tables", tables)]

os.makedirs(OUT, exist_ok=True)
for i, a in enumerate(ARTICLES):
    name, shape = SHAPES[i % len(SHAPES)]
    stem = f"{i + 1:02d}-{name}"
    with open(os.path.join(OUT, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(shape(i, a) + "\n")
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(a[3]) + "\n")
os.makedirs(os.path.join(OUT, "held-out"), exist_ok=True)
for i, a in enumerate(ARTICLES):
    name, shape = HELD_OUT[i % len(HELD_OUT)]
    stem = os.path.join("held-out", f"{i + 1:02d}-{name}")
    with open(os.path.join(OUT, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(shape(i, a) + "\n")
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(a[3]) + "\n")
print(len(ARTICLES), "pages and", len(ARTICLES), "held-out pages in", os.path.normpath(OUT))
