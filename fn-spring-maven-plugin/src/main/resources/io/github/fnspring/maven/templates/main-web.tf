# Terraform description of {{project}}, a web application, for Huawei Cloud FunctionGraph,
# written by fn-spring-maven-plugin. The whole application is one HTTP function, {{project}}:
# FunctionGraph runs the bootstrap of huawei-custom.zip, the application's server listens on
# port 8000, and FunctionGraph forwards each request of the function's API Gateway trigger to it
# as it is, for the application's controllers to answer. huawei-custom.zip is uploaded to an OBS
# bucket created here.
#
# Exported functions: {{exportedFunctions}}. No event trigger reaches them here: HTTP
# functions take API Gateway (and APIC) triggers only, whose requests the controllers
# answer. For event triggers, deploy huawei.zip in the built-in Java runtime too; see
# Event Modes in docs/web-applications.md of fn-spring.
#
{{huaweiJava}}
#
# The trigger needs a dedicated API Gateway (APIG) instance and an API group of your own:
# FunctionGraph's shared gateway is discontinued, and a dedicated one is billed, so this file
# creates none. Without apig_instance_id and apig_group_id it deploys the function alone.
#
# Credentials come from the environment (HW_ACCESS_KEY, HW_SECRET_KEY). Then, from this
# directory, with a bucket name no one uses yet (OBS bucket names are global):
#   terraform init
#   terraform apply -var code_bucket=<bucket name> \
#     -var apig_instance_id=<gateway id> -var apig_group_id=<API group id>
# See docs/deploy.md of fn-spring.

terraform {
  required_providers {
    huaweicloud = {
      source = "huaweicloud/huaweicloud"
    }
  }
}

variable "region" {
  description = "The region of the function, of the code bucket and of the API Gateway instance."
  type        = string
  # UNVERIFIED: that this region offers FunctionGraph v2, which HTTP functions need; the provider
  # says some regions offer v1 only. Check the function creation page of your region's console.
  default = "cn-north-4"
}

variable "code_bucket" {
  description = "The OBS bucket that holds the package, created here: a name no one uses yet."
  type        = string
}

variable "agency" {
  description = "An agency for the function, if it calls other cloud services; null for none."
  type        = string
  # UNVERIFIED: whether FunctionGraph needs an agency that may read OBS to fetch the code
  # from a private bucket of the same account. If creating the function fails on access to
  # the package, give it an agency with OBS read access here.
  default = null
}

variable "http_handler" {
  description = "The handler of the HTTP function, which FunctionGraph requires though bootstrap starts it."
  type        = string
  # UNVERIFIED: the value FunctionGraph expects for an HTTP function; its documentation says only
  # that the bootstrap file is the entry. If terraform apply rejects it, use what the console sets.
  default = "bootstrap"
}

variable "apig_instance_id" {
  description = "The dedicated API Gateway instance that serves the trigger; null for no trigger."
  type        = string
  default     = null
}

variable "apig_group_id" {
  description = "The API group, in that instance, that the trigger's API joins; null for no trigger."
  type        = string
  default     = null
}

variable "apig_auth" {
  description = "How API Gateway authenticates callers: IAM, APP or NONE."
  type        = string
  # IAM: only callers with a Huawei Cloud IAM token get through, so a deployment is not public
  # by itself. NONE serves everyone: anyone on the internet then reaches every controller, and
  # POST /invoke and POST /init, which fn-spring answers as FunctionGraph's own calls, so keep
  # fn.error.include-stacktrace=false there. The application's own security guards the rest.
  default = "IAM"
}

provider "huaweicloud" {
  region = var.region
}

locals {
  package = "${path.module}/huawei-custom.zip"
}

resource "huaweicloud_obs_bucket" "code" {
  bucket = var.code_bucket
  acl    = "private"
}

# The package's key carries its MD5, so that a new build is a new object: the function's
# code_url changes, and FunctionGraph takes the new code.
resource "huaweicloud_obs_bucket_object" "package" {
  bucket       = huaweicloud_obs_bucket.code.bucket
  key          = "{{project}}/huawei-custom-${filemd5(local.package)}.zip"
  source       = local.package
  content_type = "application/zip"

  # The function moves to the new package before the old one is deleted.
  lifecycle {
    create_before_destroy = true
  }
}

resource "huaweicloud_fgs_function" "application" {
  name        = "{{project}}"
  description = "{{project}}, a web application served by fn-spring"
  app         = "default"
  # An HTTP function: FunctionGraph runs the package's bootstrap and forwards HTTP requests to
  # port 8000. HTTP functions exist in FunctionGraph v2 only.
  functiongraph_version = "v2"
  runtime               = "http"
  handler               = var.http_handler
  memory_size           = {{memory}}
  timeout               = {{timeout}}
  agency                = var.agency

  code_type = "obs"
  code_url  = format("https://%s/%s", huaweicloud_obs_bucket.code.bucket_domain_name, huaweicloud_obs_bucket_object.package.key)

  # "Include Keys": FunctionGraph sends the function's temporary credentials (with an agency)
  # in the X-CFF-Security-Access-Key, X-CFF-Security-Secret-Key and X-CFF-Security-Token
  # request headers of HTTP functions only when this is on (provider 1.74.0 or later);
  # fn-spring hands them to FnContext and hides them from the controllers.
  enable_auth_in_header = true
  # How many requests one instance serves at once (1 to 1000; HTTP functions and images in v2
  # only). The application's server keeps each request's state apart; they share the memory.
  # concurrency_num = 1
  # Collect the logs in LTS (newer provider versions):
  # enable_lts_log = true
}

# The API Gateway (dedicated) trigger: one public API that passes every method and every path
# under / to the function.
resource "huaweicloud_fgs_function_trigger" "http" {
  count        = (var.apig_instance_id != null && var.apig_group_id != null) ? 1 : 0
  function_urn = huaweicloud_fgs_function.application.urn
  type         = "DEDICATEDGATEWAY"
  status       = "ACTIVE"

  # UNVERIFIED: the keys and values of event_data, taken from public examples of this trigger
  # type; check them against the API Gateway (dedicated) event data of FunctionGraph's
  # "Creating a Trigger" API, or create the trigger in the console instead.
  event_data = jsonencode({
    instance_id = var.apig_instance_id
    group_id    = var.apig_group_id
    env_id      = "DEFAULT_ENVIRONMENT_RELEASE_ID"
    env_name    = "RELEASE"
    # API names take letters, digits and underscores (UNVERIFIED: APIG's naming rule)
    name        = replace("{{project}}_http", "-", "_")
    type        = 1
    protocol    = "HTTPS"
    req_method  = "ANY"
    path        = "/"
    match_mode  = "SWA"
    auth        = var.apig_auth
    func_info   = { timeout = {{timeout}} * 1000 }
  })
}
