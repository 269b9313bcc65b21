import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cluster test's TCP proxy between the instances and MariaDB, so that it can take the database
 * away from the whole cluster (and give it back) without stopping the MariaDB server that others
 * on the machine share; as ecdp-web's PausableProxy does for DatabaseOutageIT. While the file
 * CUT-FILE exists every open connection is dropped and new ones are closed as they arrive, as when
 * the database server has gone.
 *   java .ci/DbProxy.java LISTEN-PORT UPSTREAM-HOST UPSTREAM-PORT CUT-FILE
 */
public class DbProxy {

    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean cut;

    public static void main(String[] args) throws Exception {
        int listen = Integer.parseInt(args[0]);
        String host = args[1];
        int upstream = Integer.parseInt(args[2]);
        Path cutFile = Path.of(args[3]);
        ServerSocket listener = new ServerSocket(listen, 200, InetAddress.getLoopbackAddress());
        Thread watcher = new Thread(() -> {
            while (true) {
                boolean now = Files.exists(cutFile);
                if (now && !cut) {
                    cut = true;
                    OPEN.forEach(DbProxy::close);
                    OPEN.clear();
                    System.out.println("db-proxy: cut");
                } else if (!now && cut) {
                    cut = false;
                    System.out.println("db-proxy: restored");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        System.out.println("db-proxy: listening on " + listen);
        while (true) {
            Socket client = listener.accept();
            if (cut) {
                close(client);
                continue;
            }
            try {
                Socket server = new Socket(host, upstream);
                OPEN.add(client);
                OPEN.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                close(client);
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                close(from);
                close(to);
                OPEN.remove(from);
                OPEN.remove(to);
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
