#!/bin/sh
# MariaDB on the offline base image, started the way the official image is configured: MARIADB_DATABASE, MARIADB_USER,
# MARIADB_PASSWORD and MARIADB_ROOT_PASSWORD create the database on the first start; TLS is required of every client
# with a self-signed certificate made on the first start (clients check it only if given DATABASE_SSL_CA).
set -eu
D=/var/lib/mysql
mkdir -p "$D" /run/mysqld && chown mysql:mysql "$D" /run/mysqld
if [ ! -f "$D/tls/server-cert.pem" ]; then
  mkdir -p "$D/tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=db" \
    -keyout "$D/tls/server-key.pem" -out "$D/tls/server-cert.pem" 2>/dev/null
  chown -R mysql:mysql "$D/tls"
fi
# Debian's package leaves an initialised data folder in the image, which Docker copies into a new volume.
[ -d "$D/mysql" ] || mariadb-install-db --user=mysql --datadir="$D" --auth-root-authentication-method=normal --skip-test-db >/dev/null
# Run on every start: each statement is idempotent, and a changed password in the environment takes effect.
cat > /run/mysqld/init.sql <<SQL
CREATE DATABASE IF NOT EXISTS \`${MARIADB_DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${MARIADB_USER}'@'%' IDENTIFIED BY '${MARIADB_PASSWORD}';
ALTER USER '${MARIADB_USER}'@'%' IDENTIFIED BY '${MARIADB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* TO '${MARIADB_USER}'@'%';
ALTER USER 'root'@'localhost' IDENTIFIED BY '${MARIADB_ROOT_PASSWORD}';
FLUSH PRIVILEGES;
SQL
chown mysql /run/mysqld/init.sql
chmod 600 /run/mysqld/init.sql
exec mariadbd --user=mysql --datadir="$D" --bind-address=0.0.0.0 --port=3306 --socket=/run/mysqld/mysqld.sock \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  --ssl-cert="$D/tls/server-cert.pem" --ssl-key="$D/tls/server-key.pem" --require-secure-transport=ON --init-file=/run/mysqld/init.sql
