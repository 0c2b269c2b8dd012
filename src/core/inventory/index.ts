// The inventory import (docs/inventory.md): CLIXML → organization and servers.
export { importInventory, forestLevelOf, windowsOf } from './import';
export type { Inventory, InventoryFile, InventoryNote, InventoryOrganization, InventoryServer } from './import';
export { readClixml } from './clixml';
export { inventoryToJson, inventoryToYaml, noteText } from './format';

/** An inventory file is read up to 50 MB (docs/security.md). */
export const FILE_LIMIT_INVENTORY = 50 * 1024 * 1024;
