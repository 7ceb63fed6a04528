// Azure resources for yos-secondment-bot, deployed by `atk provision` (m365agents.yml, arm/deploy).
// Follows the Toolkit's TypeScript bot template: the bot signs in as a user-assigned managed
// identity (no client secret), and the same identity reaches Table Storage with a least-privilege
// role (no account key anywhere).
@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU (B1 is the smallest with always-on, which the in-process scheduler needs)')
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string

@description('Weekday time (Europe/London) at which the timer asks for the daily reminder sweep')
param reminderHour int = 9
param reminderMinute int = 5

@secure()
@description('Bearer key for POST /api/notify, shared by the app and the timer; generated once if not given')
param notifyKey string = newGuid()

param location string = resourceGroup().location

// Storage account names: 3-24 lower-case letters and digits.
var storageName = toLower(take(replace('${resourceBaseName}tables', '-', ''), 24))
// Built-in role "Storage Table Data Contributor": read, write and delete table entities, nothing else.
var tableDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: resourceBaseName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false // Entra identities only: no key to leak
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, tableDataContributor)
  properties: {
    roleDefinitionId: tableDataContributor
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  kind: 'linux'
  location: location
  name: resourceBaseName
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  kind: 'app,linux'
  location: location
  name: resourceBaseName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appCommandLine: 'node --no-deprecation dist/src/main.js'
      appSettings: [
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'PORT', value: '8080' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        // DefaultAzureCredential picks the user-assigned identity by this client id.
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'TABLES_ACCOUNT_URL', value: storage.properties.primaryEndpoints.table }
        { name: 'PUBLIC_URL', value: 'https://${resourceBaseName}.azurewebsites.net' }
        { name: 'NOTIFY_KEY', value: notifyKey }
      ]
    }
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
}

// The reminder timer for more than one instance or scale-to-zero: a Logic App (Consumption)
// recurrence, weekdays at the reminder time in UK time (GMT and BST alike), posting to /api/notify.
// A sweep run twice sends nothing twice, so it can run beside the in-process scheduler.
resource reminderTimer 'Microsoft.Logic/workflows@2019-05-01' = {
  name: '${resourceBaseName}-reminders'
  location: location
  properties: {
    state: 'Enabled'
    parameters: {
      notifyKey: { value: notifyKey }
    }
    definition: {
      '$schema': 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#'
      contentVersion: '1.0.0.0'
      parameters: {
        notifyKey: { type: 'securestring' }
      }
      triggers: {
        weekdays: {
          type: 'Recurrence'
          recurrence: {
            frequency: 'Week'
            interval: 1
            timeZone: 'GMT Standard Time'
            schedule: {
              weekDays: [ 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday' ]
              hours: [ reminderHour ]
              minutes: [ reminderMinute ]
            }
          }
        }
      }
      actions: {
        sweep: {
          type: 'Http'
          inputs: {
            method: 'POST'
            uri: 'https://${webApp.properties.defaultHostName}/api/notify'
            headers: {
              Authorization: 'Bearer @{parameters(\'notifyKey\')}'
            }
          }
          runtimeConfiguration: {
            secureData: { properties: [ 'inputs' ] }
          }
        }
      }
    }
  }
}

// Register the web service as a bot with the Bot Framework, with its Microsoft Teams channel.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botDisplayName: botDisplayName
    identityResourceId: identity.id
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
  }
}

// Written back to env/.env.dev by the Toolkit (https://aka.ms/teamsfx-actions/arm-deploy).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output GRAPH_APP_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output TABLES_ACCOUNT_URL string = storage.properties.primaryEndpoints.table
