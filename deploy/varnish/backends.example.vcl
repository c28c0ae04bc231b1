# Copy to backends.vcl: one backend per app instance, the director that spreads reads over them, and the
# addresses allowed to PURGE (the app instances). A probe takes a stopped instance out within about a second.
backend app1 {
  .host = "127.0.0.1";
  .port = "3001";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/ping"; .interval = 500ms; .timeout = 1s; .window = 3; .threshold = 2; .initial = 2; }
}
backend app2 {
  .host = "127.0.0.1";
  .port = "3002";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/ping"; .interval = 500ms; .timeout = 1s; .window = 3; .threshold = 2; .initial = 2; }
}

acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new app = directors.round_robin();
  app.add_backend(app1);
  app.add_backend(app2);
}
