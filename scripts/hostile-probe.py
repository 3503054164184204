#!/usr/bin/env python3
"""Hostile requests against a running `banmian serve`, sent byte for byte over raw sockets.

    java -jar banmian-cli/target/banmian.jar serve --data /tmp/probe-data --port 18080 --token $TOKEN &
    python3 scripts/hostile-probe.py --port 18080 --token $TOKEN [--paper renminribao --date 2018-01-02 --page 7]

Every answer is checked: a status (never a 5xx other than 503), no Java class, stack frame or
file path in the body, answered within 10 s, reader pages with the Content-Security-Policy and
no unescaped payload, no write accepted without the token. Prints what failed and exits 1 if
anything did. It sends no uploads with the token, so it changes nothing in the archive.
The probes and what they found: docs/hostile-input.md, "Probed beyond the issue's mix".
"""
import argparse
import re
import socket
import sys
import time
from urllib.parse import quote

LEAK = re.compile(r'Exception|\tat |(?:java|jakarta|org\.eclipse|io\.javalin|com\.fasterxml)\.[a-z]|\.java:\d|/home/|/root/|/tmp/|/work/')
PAYLOADS = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>", '</title><script>x</script>']
NUMBERS = ['1e9', '99999999999999999999', '-0', '+5', '0x10', quote('٣'), quote('５'), '2147483648', '-1', '0', '', '1.5', 'NaN', '%00']
DATES = ['0000-01-01', '9999-12-31', '2024-02-30', '2018-1-2', '+999999999-12-31', '20180102', '%00']
SEGMENTS = ['..', '%2e%2e', '.%2e', '..%2f..%2fetc', '..%5c..', '%00', '%c0%ae%c0%ae', '%ED%A0%80', '%F0%9F%98%80' * 10,
            '%E2%80%AE', 'x' * 5000, '%2f', '%u002e', '%0d%0aX-Injected:%20yes', '%FF', '%']
QUERIES = ['%ED%A0%80', '%00', '%01%1b%7F', '"' * 900, '-' * 900, '(' * 500, '\\' * 999, 'a' * 1000, 'a%5E1e39',
           '%22a%20b%22~2147483648', '_id:*', ('a%20OR%20' * 300) + 'a', '%E3%80%80' * 900]
METHODS = ['HEAD', 'OPTIONS', 'TRACE', 'PATCH', 'PUT', 'DELETE', 'POST', 'PROPFIND', 'get']


class Probe:
    def __init__(self, port, token):
        self.port = port
        self.token = token
        self.failures = []
        self.sent = 0

    def send(self, request: bytes, timeout=30.0):
        """The raw answer, the seconds it took and what went wrong on the wire (None when nothing did)."""
        started = time.time()
        try:
            with socket.create_connection(('127.0.0.1', self.port), timeout=timeout) as s:
                s.sendall(request)
                answer = b''
                while chunk := s.recv(65536):
                    answer += chunk
                    if request.startswith(b'HEAD ') and b'\r\n\r\n' in answer:
                        break
                return answer, time.time() - started, None
        except socket.timeout:
            return b'', time.time() - started, 'no answer within %.0f s' % timeout
        except OSError as e:
            return b'', time.time() - started, type(e).__name__

    def request(self, method, target, headers=(), body=b''):
        lines = [f'{method} {target} HTTP/1.1', 'Host: 127.0.0.1', 'Connection: close'] + [f'{k}: {v}' for k, v in headers]
        if body:
            lines.append(f'Content-Length: {len(body)}')
        return self.check(f'{method} {target}', ('\r\n'.join(lines) + '\r\n\r\n').encode('utf-8', 'surrogatepass') + body)

    def check(self, label, request: bytes):
        self.sent += 1
        answer, seconds, error = self.send(request)
        head, _, body = answer.partition(b'\r\n\r\n')
        status = re.match(rb'HTTP/1\.[01] (\d{3})', head)
        status = int(status.group(1)) if status else None
        text = body.decode('utf-8', 'replace')
        problems = [error] if error else []
        if status is None and not error:
            problems.append('no status line')
        elif status and status >= 500 and status not in (503, 505):
            problems.append(f'status {status}')
        leak = LEAK.search(text) if not text.startswith('%PDF') and b'image/' not in head else None
        if leak:
            problems.append(f'shows {leak.group(0)!r}')
        if seconds > 10:
            problems.append(f'took {seconds:.0f} s')
        if b'X-Injected' in head:
            problems.append('header injected')
        if b'text/html' in head.lower():
            if b'content-security-policy' not in head.lower():
                problems.append('HTML without CSP')
            if any(p.encode() in body for p in PAYLOADS):
                problems.append('payload unescaped')
        if problems:
            self.failures.append(f'{label[:160]!r}: {", ".join(problems)} | {text[:160]!r}')
        return status

    def run(self, paper, date, page):
        page_path = f'{paper}/{date}/{page}'
        routes = ['/', '/api/health', '/api/search?q=a', '/api/papers', f'/api/papers/{paper}/issues', f'/api/papers/{paper}/issues/{date}',
                  f'/api/pages/{page_path}', f'/api/pages/{page_path}/alto.xml', f'/api/pages/{page_path}/mets.xml',
                  f'/api/issues/{paper}/{date}/mets.xml', '/api/ingest', '/api/openapi.json', f'/pages/{page_path}',
                  f'/pages/{page_path}/thumb.jpg', f'/pages/{page_path}/page.pdf', '/browse', f'/browse/{paper}', '/static/reader.css']
        for n in NUMBERS:
            for parameter in ['offset', 'limit', 'facet.person.limit']:
                self.request('GET', f'/api/search?q=a&{parameter}={n}')
            self.request('GET', f'/api/papers/{paper}/issues?year=2018&month={n}')
            self.request('GET', f'/api/pages/{paper}/{date}/{n}')
            self.request('GET', f'/browse/{paper}/{n}/1')
        for d in DATES:
            for parameter in ['date', 'from', 'to']:
                self.request('GET', f'/api/search?q=a&{parameter}={d}')
            self.request('GET', f'/pages/{paper}/{d}/{page}')
            self.request('GET', f'/api/issues/{paper}/{d}/mets.xml')
        templates = ['/api/pages/{s}/' + f'{date}/{page}', '/pages/{s}/' + f'{date}/{page}/thumb.jpg', '/api/articles/{s}', '/articles/{s}',
                     '/browse/{s}', '/api/papers/{s}/issues', '/static/{s}', '/static/{s}/reader.css', '/{s}', f'/api/pages/{paper}/' + '{s}/1']
        for template in templates:
            for segment in SEGMENTS:
                self.request('GET', template.replace('{s}', segment))
        for route in routes:
            for method in METHODS:
                status = self.request(method, route, [('Content-Type', 'application/json')], b'{"a":1}' if method in ('PUT', 'POST', 'PATCH') else b'')
                if method in ('PUT', 'POST', 'PATCH', 'DELETE') and status and status < 400:
                    self.failures.append(f'{method} {route} without the token: {status}')
            for rng in ['bytes=0-0,' * 2000 + '1-2', 'bytes=10-0', 'bytes=99999999999999999999-']:
                self.request('GET', route, [('Range', rng)])
            self.request('GET', route, [('If-None-Match', ', '.join('"%032x-thumb"' % i for i in range(200)))])
        for q in QUERIES:
            self.request('GET', f'/api/search?q={q}')
            self.request('GET', f'/?q={q}&sort=newest')
        for payload in map(lambda p: quote(p, safe=''), PAYLOADS):
            for parameter in ['q', 'paper', 'from', 'author', 'person', 'sort', 'offset', 'facet.person.limit', payload]:
                self.request('GET', f'/?q=a&{parameter}={payload}')
            for template in templates[3:5] + ['/pages/{s}/' + f'{date}/{page}', f'/pages/{paper}/' + '{s}/1']:
                self.request('GET', template.replace('{s}', payload))
        for token in [None, 'x', self.token[:-1], self.token.upper()]:
            headers = [('Content-Type', 'multipart/form-data; boundary=B')] + ([('Authorization', f'Bearer {token}')] if token else [])
            for method, route in [('POST', '/api/ingest'), ('PUT', f'/api/pages/{page_path}'), ('DELETE', f'/api/pages/{page_path}')]:
                status = self.request(method, route, headers, b'--B--\r\n')
                if status != 401:
                    self.failures.append(f'{method} {route} with token {token!r}: {status}, not 401')
        raw = [b''.join(b'GET /api/search?q=a&offset=%d HTTP/1.1\r\nHost: x\r\n\r\n' % i for i in range(200))
               + b'GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
               b'GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
               b'GET /api/health HTTP/1.1\r\nHost: x\r\n' + b''.join(b'X-%d: a\r\n' % i for i in range(5000)) + b'\r\n',
               b'GET /' + b'a' * 70000 + b' HTTP/1.1\r\nHost: x\r\n\r\n',
               b'GET /\xed\xa0\x80 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
               b'GET /api/health HTTP/1.0\r\n\r\n']
        for request in raw:
            self.check(repr(request[:60]), request)


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument('--port', type=int, required=True)
    arguments.add_argument('--token', required=True, help="the server's write token (never sent as a valid one)")
    arguments.add_argument('--paper', default='renminribao')
    arguments.add_argument('--date', default='2018-01-02')
    arguments.add_argument('--page', default='7')
    given = arguments.parse_args()
    probe = Probe(given.port, given.token)
    probe.run(given.paper, given.date, given.page)
    for failure in probe.failures:
        print(failure)
    print(f'{probe.sent} requests, {len(probe.failures)} problems')
    sys.exit(1 if probe.failures else 0)


if __name__ == '__main__':
    main()
