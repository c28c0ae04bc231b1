vcl 4.1;
# Broadsheet's cache tier: Varnish 7 with xkey (Debian: varnish, varnish-modules). It stores the public pages
# and public GET APIs by their Cache-Control (s-maxage), serves them at static-file speed, and drops exactly
# the copies a write made wrong: each response names its cache tags in Surrogate-Key, and every write sends
# `PURGE` with those tags in `xkey-purge` (CACHE_PURGE_URLS=http://this-host:port on every app instance).
#
# The app instances and the addresses allowed to purge live in backends.vcl beside this file (see
# backends.example.vcl; `npm run cluster` writes one). Run with -p vcl_path=<this folder>.

import directors;
import std;
import xkey;

include "backends.vcl";

sub vcl_recv {
  set req.backend_hint = app.backend();

  if (req.method == "PURGE") {
    # Only the app instances may purge: anyone else could empty the cache at will.
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from this address"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the surrogate keys in xkey-purge"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }

  # Writes go straight through; only reads are cached.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Signing in, the newsroom, accounts, setup and previews: never served from, nor stored in, the cache.
  if (req.url ~ "^/(api/auth|api/account|api/moderation|api/newsroom|api/internal|api/users|newsroom|account|setup|preview|sign-in|sign-up|sign-out)([/?]|$)") {
    return (pass);
  }
  # A signed-in visitor is passed: nothing personal is stored, and no shared copy hides their own comments.
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?next-auth\.session-token[.=]" || req.http.Authorization) {
    return (pass);
  }
  # Anonymous: the public pages read no cookie, so every reader shares one copy.
  unset req.http.Cookie;

  # While an instance is up, a copy past its TTL is served for at most 10 s while a fresh one is fetched. When
  # every instance is down, copies are served as long as their grace lasts (a day).
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
  }
  return (hash);
}

sub vcl_pass {
  set req.http.x-cache = "PASS";
}

sub vcl_backend_response {
  # An instance that fails a read (stopping, killed): try another one; a background refresh that fails keeps
  # the copy the cache has.
  if (beresp.status >= 500 && bereq.method ~ "^(GET|HEAD)$") {
    if (bereq.is_bgfetch) {
      return (abandon);
    }
    if (bereq.retries < 2) {
      return (retry);
    }
  }
  # Received whole before the reader gets a byte: an instance that dies mid-answer then fails the fetch, and the
  # reader's request is tried again on another instance (vcl_deliver) instead of getting half a page.
  set beresp.do_stream = false;
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  set beresp.grace = 24h;
  # The built-in rules follow: nothing with Set-Cookie, or `private` / `no-store` / `no-cache`, is stored.
}

sub vcl_backend_error {
  # The instance could not be reached: another one may be up.
  if (bereq.method ~ "^(GET|HEAD)$" && bereq.retries < 2) {
    return (retry);
  }
  set beresp.http.x-fetch-failed = "1";
}

# A read whose fetch failed (its instance died mid-answer, or none answered after the retries) is tried once
# more from the top, on another instance. The app's own 503s (database down) are not: every instance was tried.
sub broadsheet_restart_failed_read {
  if (req.restarts < 2 && req.method ~ "^(GET|HEAD)$") {
    return (restart);
  }
}

sub vcl_synth {
  if (resp.status == 503 && req.method != "PURGE") {
    call broadsheet_restart_failed_read;
  }
}

sub vcl_deliver {
  if (resp.http.x-fetch-failed) {
    call broadsheet_restart_failed_read;
    unset resp.http.x-fetch-failed;
  }
  # The keys are for this tier; clients need not see them.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Cache-Tag;
  unset resp.http.Via;
  if (req.http.x-cache) {
    set resp.http.X-Cache = req.http.x-cache;
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
