# make install [PREFIX=/usr/local] [DESTDIR=]   build, strip and install teachback, its man page
#                                              and bash, zsh and fish completions
# make uninstall [PREFIX=…] [DESTDIR=…]        remove exactly what install put there
# make check-install                           install into a temporary folder and try it there
PREFIX ?= /usr/local
DESTDIR ?=
export PREFIX DESTDIR

.PHONY: install uninstall stage check-install

stage:
	scripts/install.sh stage

install:
	scripts/install.sh install

uninstall:
	scripts/install.sh uninstall

check-install:
	scripts/check-install.sh
