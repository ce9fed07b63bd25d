package io.aegis.adapters.web.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.framework.port.in.ControlTreeView;
import java.util.List;

/** {@code GET /frameworks/{id}/controls?view=tree}: nested controls and how many the search matched. */
public record ControlTreeResponse(long frameworkId, int matches, List<Node> items) {

    public record Node(long id, String controlId, String title, @JsonProperty("is_group") boolean group,
                       @JsonProperty("is_active") boolean active, List<Node> children) {

        static Node of(ControlTreeView.Node node) {
            return new Node(node.control().id(), node.control().controlId(), node.control().title(),
                    node.control().group(), node.control().active(),
                    node.children().stream().map(Node::of).toList());
        }
    }

    static ControlTreeResponse of(ControlTreeView view) {
        return new ControlTreeResponse(view.frameworkId(), view.matches(),
                view.roots().stream().map(Node::of).toList());
    }
}
