#!/usr/bin/env bash
# Starts Debian's MariaDB on 127.0.0.1:3306 (the service manager is blocked in this sandbox) and creates the
# test user. Prints the URL that the API specs take as TEST_MYSQL_URL. Safe to run twice.
set -euo pipefail

if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  install -d -o mysql -g mysql /run/mysqld
  # --pidfile: another mariadbd on this machine (a helper's own, on another port) is not this one.
  rm -f /run/mysqld/mysqld.pid
  start-stop-daemon --start --oknodo --background --chuid mysql --pidfile /run/mysqld/mysqld.pid \
    --exec /usr/sbin/mariadbd -- --pid-file=/run/mysqld/mysqld.pid \
    --user=mysql --bind-address=127.0.0.1 --port=3306 --innodb-flush-log-at-trx-commit=2 \
    --innodb-doublewrite=0 --skip-log-bin >/dev/null
  for _ in $(seq 1 100); do
    mariadb-admin ping --silent >/dev/null 2>&1 && break
    sleep 0.2
  done
  mariadb-admin ping --silent >/dev/null 2>&1 || { echo "MariaDB did not start" >&2; exit 1; }
fi

# The test user may create and drop its own throw-away databases (one per spec file).
mariadb --protocol=socket -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'roundtable'@'127.0.0.1' IDENTIFIED BY 'roundtable';
CREATE USER IF NOT EXISTS 'roundtable'@'localhost' IDENTIFIED BY 'roundtable';
GRANT ALL PRIVILEGES ON *.* TO 'roundtable'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO 'roundtable'@'localhost';
CREATE DATABASE IF NOT EXISTS roundtable CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
FLUSH PRIVILEGES;
SQL
echo "mysql://roundtable:roundtable@127.0.0.1:3306/roundtable"
