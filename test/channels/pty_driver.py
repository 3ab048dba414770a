"""Run a command under a real pseudo-terminal and answer its prompts.

usage: python3 pty_driver.py SCRIPT.json -- COMMAND ARGS...
SCRIPT.json is a list of {"expect": TEXT, "send": KEYS}: wait until TEXT has appeared on the
terminal (ANSI escapes removed) since the previous match, then type KEYS. The transcript goes to
stdout; the exit code is the command's, or 98 when an expected text never came (nothing is timed
in the test itself: the driver gives up after PTY_DRIVER_WAIT seconds, default 60).
"""
import json
import os
import pty
import re
import select
import subprocess
import sys
import time

ANSI = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]')


def main():
    sep = sys.argv.index('--')
    steps = json.load(open(sys.argv[1]))
    cmd = sys.argv[sep + 1:]
    wait = float(os.environ.get('PTY_DRIVER_WAIT', '60'))
    master, slave = pty.openpty()
    child = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, close_fds=True, start_new_session=True)
    os.close(slave)
    raw = b''
    seen = 0  # offset in the cleaned transcript up to the last match

    def read_some(timeout):
        nonlocal raw
        r, _, _ = select.select([master], [], [], timeout)
        if not r:
            return True
        try:
            chunk = os.read(master, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw += chunk
        return True

    def clean():
        return ANSI.sub('', raw.decode('utf8', 'replace'))

    for step in steps:
        deadline = time.time() + wait
        while True:
            text = clean()
            at = text.find(step['expect'], seen)
            if at >= 0:
                seen = at + len(step['expect'])
                break
            if time.time() > deadline or not read_some(0.2) or child.poll() is not None and not read_some(0.2):
                text = clean()
                at = text.find(step['expect'], seen)
                if at >= 0:
                    seen = at + len(step['expect'])
                    break
                sys.stdout.write(text)
                sys.stdout.write('\n[pty_driver] never saw: %r\n' % step['expect'])
                child.kill()
                sys.exit(98)
        # Let the prompt finish drawing before typing, as a person would.
        time.sleep(0.15)
        os.write(master, step['send'].encode('utf8'))
    deadline = time.time() + wait
    while child.poll() is None and time.time() < deadline:
        read_some(0.2)
    while read_some(0.1):
        if child.poll() is not None and not select.select([master], [], [], 0.1)[0]:
            break
    sys.stdout.write(clean())
    if child.poll() is None:
        child.kill()
        sys.exit(97)
    sys.exit(child.returncode)


main()
