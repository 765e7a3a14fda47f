import javax.management.Attribute;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * Changes the size of a running application's Hikari pool, so that one benchmark run can measure two pool sizes
 * against the same pgbench figures without a restart and a second warm-up: {@code java bench/PoolSize.java <pid>
 * <pool name> <size>}. The application must run with {@code spring.datasource.hikari.register-mbeans=true}. The
 * pool's connections are evicted softly (each is closed when it is next returned), so that from then on at most
 * {@code size} connections exist.
 */
public class PoolSize {

    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            String address = vm.startLocalManagementAgent();
            try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
                MBeanServerConnection beans = jmx.getMBeanServerConnection();
                ObjectName config = new ObjectName("com.zaxxer.hikari:type=PoolConfig (" + args[1] + ")");
                ObjectName pool = new ObjectName("com.zaxxer.hikari:type=Pool (" + args[1] + ")");
                int size = Integer.parseInt(args[2]);
                int was = (Integer) beans.getAttribute(config, "MaximumPoolSize");
                // raise the maximum before the minimum, lower the minimum before the maximum
                if (size >= was) {
                    beans.setAttribute(config, new Attribute("MaximumPoolSize", size));
                    beans.setAttribute(config, new Attribute("MinimumIdle", size));
                } else {
                    beans.setAttribute(config, new Attribute("MinimumIdle", size));
                    beans.setAttribute(config, new Attribute("MaximumPoolSize", size));
                }
                beans.invoke(pool, "softEvictConnections", null, null);
                System.out.println("pool " + args[1] + ": " + was + " -> " + size + " connections");
            }
        } finally {
            vm.detach();
        }
    }
}
