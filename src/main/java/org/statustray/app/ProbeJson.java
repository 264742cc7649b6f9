package org.statustray.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;

/** {@code probe --json}: an array, one object per argument in argument order, with the contract's keys only. */
final class ProbeJson {
    private static final ObjectMapper MAPPER = Printable.mapper(true);

    private ProbeJson() {
    }

    static String render(List<ProbeCommand.Target> targets, List<ProbeResult> results) {
        ArrayNode array = MAPPER.createArrayNode();
        for (int i = 0; i < results.size(); i++) {
            array.add(object(targets.get(i).typed(), results.get(i)));
        }
        try {
            return MAPPER.writeValueAsString(array) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object(String typed, ProbeResult r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("target", Printable.address(typed));
        n.put("url", r.url());
        n.put("reachable", r.reachable());
        n.put("http", r.http());
        ProbeTimes t = r.ms();
        ObjectNode ms = n.putObject("ms");
        ms.put("dns", t.dns());
        ms.put("connect", t.connect());
        ms.put("tls", t.tls());
        ms.put("firstByte", t.firstByte());
        ms.put("total", t.total());
        n.put("error", r.error());
        return n;
    }
}
