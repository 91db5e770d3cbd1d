# Shared by tools/run and tools/test: install what the virtual board and the tests need, once.
# Debian/Ubuntu packages: mosquitto (the broker), mosquitto-clients (mosquitto_sub/pub observers),
# libmosquitto1 (the virtual board's MQTT client), openssl (test certificates).
nodemqtt_need_packages() {
  local missing=()
  command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
  command -v mosquitto_sub >/dev/null 2>&1 || missing+=(mosquitto-clients)
  ldconfig -p 2>/dev/null | grep -q 'libmosquitto.so.1' || missing+=(libmosquitto1)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)   # TLS end-to-end tests make throw-away certificates
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "missing packages: ${missing[*]}; install them with: apt-get install -y ${missing[*]}" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "missing packages: ${missing[*]} (no apt-get here: install them with your package manager)" >&2
    return 1
  fi
  echo "installing: ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
  # The Debian package starts a system-wide broker on 1883; NodeMqtt always runs its own private one.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "apt-get install ${missing[*]} failed" >&2; return 1; }
}

nodemqtt_need_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "the .NET 10 SDK is needed (dotnet not on PATH): see https://learn.microsoft.com/dotnet/core/install/linux" >&2
    return 1
  fi
}

# A free TCP port on 127.0.0.1 (the kernel picks it).
nodemqtt_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}

# The end-to-end browser test of the setup pages drives Debian's headless Chromium (package chromium).
nodemqtt_need_browser() {
  [ -x /usr/bin/chromium ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 && sudo="sudo" || { echo "missing package: chromium; install it with: apt-get install -y chromium" >&2; return 1; }
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "missing package: chromium (no apt-get here: install it with your package manager)" >&2; return 1; }
  echo "installing: chromium (for the setup pages' browser test)" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null \
    || { echo "apt-get install chromium failed" >&2; return 1; }
}
