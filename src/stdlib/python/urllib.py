"""The urllib package: only urllib.parse (URL and query-string handling) exists here; the
sandbox has no network, so urllib.request does not."""

import urllib.parse as parse
