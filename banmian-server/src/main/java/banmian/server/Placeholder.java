package banmian.server;
