/* Word XML in one file: a bare word/document.xml, or Word's Flat OPC
 * package (pkg:package) whose parts sit in pkg:part/pkg:xmlData. */
#include <string.h>

#include "../core/err.h"
#include "readers.h"
#include "wordml.h"

static const char *const pkg_ns[] = {"http://schemas.microsoft.com/office/2006/xmlPackage", NULL};

/* The root element of the Flat OPC part called `name`, if it is the
 * WordprocessingML element `local`. */
static const xmlNode *package_part(const xmlNode *package, const char *name, const char *local) {
  for (const xmlNode *p = package->children; p; p = p->next) {
    if (!gw_xml_is(p, pkg_ns, "part")) continue;
    const char *pname = gw_xml_attr(p, pkg_ns, "name");
    if (!pname || strcmp(pname, name) != 0) continue;
    for (const xmlNode *d = p->children; d; d = d->next) {
      if (!gw_xml_is(d, pkg_ns, "xmlData")) continue;
      for (const xmlNode *root = d->children; root; root = root->next)
        if (gw_w_is(root, local)) return root;
    }
  }
  return NULL;
}

gw_status gw_read_word_xml(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                           gw_error *err) {
  doc->format = "word-xml";
  xmlDoc *x;
  gw_status st =
      gw_xml_parse("Word XML", data, len, limits->max_xml_depth, &gw_wordml_filter, &x, err);
  if (st != GW_OK) return st;
  const xmlNode *root = xmlDocGetRootElement(x);
  gw_wordml_parts parts = {NULL, NULL, NULL, NULL, 0};
  if (gw_w_is(root, "document")) {
    parts.document = root;
  } else if (gw_xml_is(root, pkg_ns, "package")) {
    doc->format = "flat-opc";
    parts.document = package_part(root, "/word/document.xml", "document");
    parts.numbering = package_part(root, "/word/numbering.xml", "numbering");
    parts.styles = package_part(root, "/word/styles.xml", "styles");
    if (!parts.document) {
      xmlFreeDoc(x);
      return gw_fail(err, GW_ERR_FORMAT,
                     "not a Word document: the Flat OPC package has no /word/document.xml part");
    }
  } else {
    /* the message names the root: write it before the tree goes */
    gw_status st =
        root->ns && root->ns->href
            ? gw_fail(err, GW_ERR_FORMAT,
                      "Word XML whose root is <%s> in namespace %s, neither w:document nor "
                      "pkg:package",
                      (const char *)root->name, (const char *)root->ns->href)
            : gw_fail(err, GW_ERR_FORMAT,
                      "Word XML whose root <%s> is in no namespace: Word's w:document and "
                      "pkg:package are each in their own",
                      (const char *)root->name);
    xmlFreeDoc(x);
    return st;
  }
  return gw_wordml_build(doc, limits, &parts, &x, 1, err);
}
